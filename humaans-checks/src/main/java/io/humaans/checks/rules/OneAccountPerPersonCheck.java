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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #ID}: nobody holds more than one live account in one system.
 *
 * <p>Subjects: each (person, system) pair with at least one matched account in any state, with
 * subject id {@code <person subject id>/<system>} (system stripped and lower-cased) and subject
 * type {@link SubjectTypes#PERSON_IN_SYSTEM}. FAIL {@code MULTIPLE_ACCOUNTS} when more than one
 * of the accounts is neither suspended nor deleted. Stateless and thread-safe.
 */
public final class OneAccountPerPersonCheck implements Check {
  /** The stable id. */
  public static final String ID = "one-account-per-person";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("One account per person")
          .description("Nobody holds more than one live account in one system.")
          .subjectType(SubjectTypes.PERSON_IN_SYSTEM)
          .build();

  private static final int MAX_LISTED = 20;

  /** Creates the check. */
  public OneAccountPerPersonCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** The accounts of one person in one system. */
  private static final class Group {
    final String system;
    int live;
    final List<String> liveIds = new ArrayList<>(2);

    Group(String system) {
      this.system = system;
    }
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    Map<String, Group> groups = new HashMap<>();
    for (AccountFacts a : context.accounts()) {
      PersonFacts holder = a.holder().orElse(null);
      if (holder == null) {
        continue;
      }
      Group g =
          groups.computeIfAbsent(holder.subjectId() + '/' + a.system(), k -> new Group(a.system()));
      if (a.live()) {
        g.live++;
        if (g.liveIds.size() < MAX_LISTED) {
          g.liveIds.add(a.subjectId());
        }
      }
    }
    List<CheckResult> out = new ArrayList<>(groups.size());
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      if (g.live > 1) {
        out.add(
            Results.of(
                INFO, e.getKey(), Status.FAIL, ReasonCodes.MULTIPLE_ACCOUNTS,
                "The person holds more than one live account in the system.",
                "system", g.system,
                "liveAccounts", Integer.toString(g.live),
                "accountIds", String.join("|", g.liveIds)));
      } else {
        out.add(
            Results.of(
                INFO, e.getKey(), Status.PASS, ReasonCodes.OK,
                "The person holds at most one live account in the system.",
                "liveAccounts", Integer.toString(g.live)));
      }
    }
    return context.finish(out);
  }
}
