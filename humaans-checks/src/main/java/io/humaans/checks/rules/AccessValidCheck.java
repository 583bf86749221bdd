package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.JobRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@value #ID}: every active account of an employed or pre-hire person has an access level the
 * system's policy allows for the person's org roles.
 *
 * <p>Subjects: accounts neither suspended nor deleted, matched to a person who has not left.
 * NOT_APPLICABLE {@code NO_POLICY} without a policy for the system. The org roles are the
 * current role's department and job title and the person's teams (a pre-hire has no current
 * role yet, so only team and catch-all rules apply). FAIL {@code ROLE_NOT_ALLOWED} when no rule
 * applies to the person, {@code ACCESS_LEVEL_NOT_ALLOWED} when no applying rule allows the
 * level (a missing level is matched as the empty string, so only {@code *} allows it).
 * Stateless and thread-safe.
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
          .build();

  private static final Verdict NO_POLICY =
      Verdict.of(
          INFO, Status.NOT_APPLICABLE, ReasonCodes.NO_POLICY,
          "No access policy covers the account's system.", "system");
  private static final Verdict ROLE_NOT_ALLOWED =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.ROLE_NOT_ALLOWED,
          "No rule of the policy applies to the holder's department, job title or teams.",
          "system", "personId", "department", "jobTitle", "teams", "accessLevel");
  private static final Verdict LEVEL_NOT_ALLOWED =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED,
          "The policy does not allow this access level for the holder's org roles.",
          "system", "personId", "accessLevel");
  private static final Verdict OK =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.OK,
          "The policy allows this access level for the holder.", "accessLevel");

  /** Creates the check. */
  public AccessValidCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** One rule with its patterns compiled once per run. */
  private static final class CompiledRule {
    final @Nullable Glob department;
    final @Nullable Glob jobTitle;
    final @Nullable Glob team;
    final List<Glob> levels = new ArrayList<>();

    CompiledRule(AccessRule rule) {
      department = glob(rule.department());
      jobTitle = glob(rule.jobTitle());
      team = glob(rule.team());
      for (String level : rule.accessLevels()) {
        levels.add(new Glob(level));
      }
    }

    private static @Nullable Glob glob(Optional<String> pattern) {
      if (pattern.isEmpty()) {
        return null;
      }
      Glob g = new Glob(pattern.get());
      return g.isBlank() ? null : g;
    }

    boolean applies(String department, String jobTitle, List<String> teams) {
      if (this.department != null && !this.department.matches(department)) {
        return false;
      }
      if (this.jobTitle != null && !this.jobTitle.matches(jobTitle)) {
        return false;
      }
      if (team != null) {
        for (String t : teams) {
          if (team.matches(Glob.prepare(t.strip()))) {
            return true;
          }
        }
        return false;
      }
      return true;
    }

    boolean allows(String level) {
      for (Glob g : levels) {
        if (g.matches(level)) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    Map<String, Optional<List<CompiledRule>>> compiled = new HashMap<>();
    List<CheckResult> out = context.newResults(context.accounts().size());
    String lastSystem = null;
    Optional<List<CompiledRule>> rules = Optional.empty();
    for (AccountFacts a : context.accounts()) {
      PersonFacts holder = a.holderOrNull();
      if (holder == null || holder.left() || !a.active()) {
        continue;
      }
      Account account = a.account();
      String id = a.subjectId();
      if (!a.system().equals(lastSystem)) {
        lastSystem = a.system();
        rules =
            compiled.computeIfAbsent(
                lastSystem,
                s -> context.rulesFor(s).map(list -> {
                  List<CompiledRule> c = new ArrayList<>(list.size());
                  for (AccessRule r : list) {
                    c.add(new CompiledRule(r));
                  }
                  return c;
                }));
      }
      if (rules.isEmpty()) {
        NO_POLICY.addTo(out, id, account.system());
        continue;
      }
      JobRole role = holder.orgRoleOrNull();
      String department = prepare(role == null ? null : Results.stripped(role.department()));
      String title = prepare(role == null ? null : Results.stripped(role.jobTitle()));
      List<String> teams = holder.person().teams();
      String level = prepare(Results.stripped(account.accessLevel()));
      boolean anyApplies = false;
      boolean allowed = false;
      for (CompiledRule rule : rules.get()) {
        if (rule.applies(department, title, teams)) {
          anyApplies = true;
          if (rule.allows(level)) {
            allowed = true;
            break;
          }
        }
      }
      String accessLevel = account.accessLevel().orElse(null);
      if (!anyApplies) {
        ROLE_NOT_ALLOWED.addTo(
            out, id, account.system(), holder.subjectId(),
            role == null ? null : role.department().orElse(null),
            role == null ? null : role.jobTitle().orElse(null),
            String.join("|", holder.person().teams()),
            accessLevel);
      } else if (!allowed) {
        LEVEL_NOT_ALLOWED.addTo(out, id, account.system(), holder.subjectId(), accessLevel);
      } else {
        OK.addTo(out, id, accessLevel);
      }
    }
    return context.finish(out);
  }

  private static String prepare(@Nullable String stripped) {
    return stripped == null ? "" : Glob.prepare(stripped);
  }
}
