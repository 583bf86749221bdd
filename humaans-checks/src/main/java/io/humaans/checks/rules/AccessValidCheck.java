package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.JobRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #ID}: every active account of an employed or pre-hire person has an access level the
 * system's policy allows for the person's org roles.
 *
 * <p>Subjects: accounts in state {@code active} matched to a person who has not left.
 * NOT_APPLICABLE {@code NO_POLICY} without a policy for the system. The org roles are the
 * {@linkplain io.humaans.checks.PersonFacts#orgRole() org role}'s department and job title (the
 * current role, or a pre-hire's upcoming role) and the person's teams; the policy is matched by
 * {@link PolicyMatcher}. FAIL {@code ROLE_NOT_ALLOWED} when no rule applies to the person, {@code
 * ACCESS_LEVEL_NOT_ALLOWED} when no applying rule allows the level (a missing level is matched as
 * the empty string, so only {@code *} allows it). Its outcome is INCOMPLETE on a partial directory
 * unless a result fails: the accounts of hidden pre-hires cannot be judged. Stateless and
 * thread-safe.
 */
public final class AccessValidCheck implements Check {
  /** The stable id. */
  public static final String ID = "access-valid";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Access valid")
          .description(
              "Every active account's access level is allowed for its holder's org roles by the"
                  + " system's policy.")
          .subjectType(SubjectTypes.ACCOUNT)
          .judgesAccounts(true)
          .needsCompleteDirectory(true)
          .costHint(4)
          .build();

  private static final Verdict NO_POLICY =
      Verdict.of(
          INFO,
          Status.NOT_APPLICABLE,
          ReasonCodes.NO_POLICY,
          "No access policy covers the account's system.",
          "system");
  private static final Verdict ROLE_NOT_ALLOWED =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.ROLE_NOT_ALLOWED,
          "No rule of the policy applies to the holder's department, job title or teams.",
          "system",
          "personId",
          "department",
          "jobTitle",
          "teams",
          "accessLevel");
  private static final Verdict LEVEL_NOT_ALLOWED =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED,
          "The policy does not allow this access level for the holder's org roles.",
          "system",
          "personId",
          "accessLevel");
  private static final Verdict OK =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The policy allows this access level for the holder.",
          "accessLevel");

  /** Creates the check. */
  public AccessValidCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    Map<String, PolicyMatcher> policies = new HashMap<>();
    PolicyMatcher policy = null;
    for (AccountFacts a : context.accounts()) {
      PersonFacts holder = a.holder().orElse(null);
      if (holder == null || holder.left() || !a.active()) {
        continue;
      }
      Account account = a.account();
      String id = a.subjectId();
      // Accounts of one system mostly follow one another: compile each policy once.
      if (policy == null || !policy.system().equals(a.system())) {
        policy =
            policies.computeIfAbsent(
                a.system(),
                system -> PolicyMatcher.of(system, context.rulesFor(system).orElse(null)));
      }
      if (policy.isEmpty()) {
        out.add(NO_POLICY, id, account.system());
        continue;
      }
      JobRole role = holder.orgRole().orElse(null);
      List<String> teams = holder.person().teams();
      String accessLevel = account.accessLevel().orElse(null);
      switch (policy.judge(role, teams, account.accessLevel())) {
        case NO_RULE_APPLIES:
          out.add(
              ROLE_NOT_ALLOWED,
              id,
              account.system(),
              holder.subjectId(),
              role == null ? null : role.department().orElse(null),
              role == null ? null : role.jobTitle().orElse(null),
              String.join("|", teams),
              accessLevel);
          break;
        case LEVEL_NOT_ALLOWED:
          out.add(LEVEL_NOT_ALLOWED, id, account.system(), holder.subjectId(), accessLevel);
          break;
        default:
          out.add(OK, id, accessLevel);
          break;
      }
    }
  }
}
