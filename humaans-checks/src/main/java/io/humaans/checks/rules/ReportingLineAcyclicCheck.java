package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import java.util.Arrays;
import java.util.List;

/**
 * {@value #ID}: following current managers from an employed person never returns to them.
 *
 * <p>The chain follows every person's current role's reportingTo (stripped; a repeated id
 * resolves to its first record), whoever they are, and stops at a missing or unknown manager.
 * Every employed member of a cycle fails with {@code MANAGER_CYCLE}, a self-manager included
 * (a cycle of length 1); people whose chain runs into a cycle they are not on pass. Linear
 * time. Stateless and thread-safe.
 */
public final class ReportingLineAcyclicCheck implements Check {
  /** The stable id. */
  public static final String ID = "reporting-line-acyclic";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Reporting line acyclic")
          .description("Following current managers from an employed person never returns to them.")
          .subjectType(SubjectTypes.PERSON)
          .build();

  private static final int MAX_LISTED = 10;

  private static final Verdict CYCLE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.MANAGER_CYCLE,
          "Following current managers returns to the person.", "cycleLength", "cycle");
  private static final Verdict OK =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.OK,
          "The reporting line ends without returning to the person.");

  /** Creates the check. */
  public ReportingLineAcyclicCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    List<PersonFacts> people = context.people();
    int n = people.size();
    int[] next = new int[n];
    for (int i = 0; i < n; i++) {
      PersonFacts manager = people.get(i).managerOrNull();
      next[i] = manager == null ? -1 : manager.index();
    }
    // cycle[i] = cycle length when i is on a cycle, else 0.
    int[] cycle = new int[n];
    byte[] state = new byte[n];
    int[] path = new int[n];
    int[] position = new int[n];
    Arrays.fill(position, -1);
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) {
        continue;
      }
      int length = 0;
      int cur = s;
      while (cur >= 0 && state[cur] == 0) {
        state[cur] = 1;
        position[cur] = length;
        path[length++] = cur;
        cur = next[cur];
      }
      if (cur >= 0 && state[cur] == 1) {
        int from = position[cur];
        for (int k = from; k < length; k++) {
          cycle[path[k]] = length - from;
        }
      }
      for (int k = 0; k < length; k++) {
        state[path[k]] = 2;
      }
    }
    List<CheckResult> out = context.newResults(context.people().size());
    for (int i = 0; i < n; i++) {
      PersonFacts p = people.get(i);
      if (!p.employed()) {
        continue;
      }
      if (cycle[i] > 0) {
        StringBuilder members = new StringBuilder(p.person().id());
        int cur = next[i];
        for (int k = 1; k < Math.min(cycle[i], MAX_LISTED); k++) {
          members.append(" -> ").append(people.get(cur).person().id());
          cur = next[cur];
        }
        members.append(cycle[i] > MAX_LISTED ? " -> ..." : " -> " + p.person().id());
        CYCLE.addTo(out, p.subjectId(), cycle[i], members.toString());
      } else {
        OK.addTo(out, p.subjectId());
      }
    }
    return context.finish(out);
  }
}
