package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@value #ID}: following current managers from an employed person never returns to them.
 *
 * <p>The chain follows every person's {@linkplain PersonFacts#manager() current manager}, whoever
 * they are, and stops at a missing or unknown manager (see {@link CheckContext#managerCycle}).
 * Every employed member of a cycle fails with {@code MANAGER_CYCLE}, a self-manager included (a
 * cycle of length 1); people whose chain runs into a cycle they are not on pass. On a partial
 * directory a chain that ends at a manager id naming no visible person is INCOMPLETE {@code
 * PARTIAL_DIRECTORY}: the hidden manager (a leaver or pre-hire) may report back into the chain.
 * Stateless and thread-safe.
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
          INFO,
          Status.FAIL,
          ReasonCodes.MANAGER_CYCLE,
          "Following current managers returns to the person.",
          "cycleLength",
          "cycle");
  private static final Verdict PARTIAL =
      Verdict.of(
          INFO,
          Status.INCOMPLETE,
          ReasonCodes.PARTIAL_DIRECTORY,
          "The reporting line ends at a manager who is not in the directory, but the directory"
              + " lacks private:read; the chain may return to the person through a hidden leaver"
              + " or pre-hire.",
          "hiddenManagerId");
  private static final Verdict OK =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The reporting line ends without returning to the person.");

  /** Creates the check. */
  public ReportingLineAcyclicCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    HiddenEnds hidden = context.isPartial() ? new HiddenEnds() : null;
    for (PersonFacts p : context.people()) {
      if (!p.employed()) {
        continue;
      }
      List<PersonFacts> cycle = context.managerCycle(p);
      String hiddenManager = hidden == null || !cycle.isEmpty() ? null : hidden.of(p);
      if (!cycle.isEmpty()) {
        out.add(CYCLE, p.subjectId(), cycle.size(), members(cycle));
      } else if (hiddenManager != null) {
        out.add(PARTIAL, p.subjectId(), hiddenManager);
      } else {
        out.add(OK, p.subjectId());
      }
    }
  }

  /**
   * Where each chain of managers ends on a partial directory: the manager id naming no visible
   * person, or none (no manager, or the chain runs into a cycle). Each person is walked once.
   */
  private static final class HiddenEnds {
    private static final String NONE = "";
    // Marks the people of the walk under way: meeting one again means the chain loops.
    private static final Object WALKING = new Object();
    // Where each walked person's chain ends (a String, NONE when it does not end hidden).
    private final Map<PersonFacts, Object> ends = new IdentityHashMap<>();
    private final List<PersonFacts> path = new ArrayList<>();

    @Nullable String of(PersonFacts start) {
      path.clear();
      String end = NONE;
      for (PersonFacts p = start; p != null; ) {
        Object known = ends.get(p);
        if (known != null) {
          end = known == WALKING ? NONE : (String) known; // a loop never ends
          break;
        }
        ends.put(p, WALKING);
        path.add(p);
        PersonFacts manager = p.manager().orElse(null);
        if (manager == null) {
          end = p.managerId().orElse(NONE);
        }
        p = manager;
      }
      for (PersonFacts p : path) {
        ends.put(p, end);
      }
      return end.isEmpty() ? null : end;
    }
  }

  /** The cycle as "a -> b -> a" by person id, cut after {@value #MAX_LISTED} people. */
  private static String members(List<PersonFacts> cycle) {
    StringBuilder members = new StringBuilder();
    for (int k = 0; k < Math.min(cycle.size(), MAX_LISTED); k++) {
      members.append(k == 0 ? "" : " -> ").append(cycle.get(k).person().id());
    }
    String first = cycle.get(0).person().id();
    return members.append(cycle.size() > MAX_LISTED ? " -> ..." : " -> " + first).toString();
  }
}
