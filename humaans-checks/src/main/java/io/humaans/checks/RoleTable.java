package io.humaans.checks;

import io.humaans.checks.model.JobRole;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * Engine: job-role aggregates per person-id slot (current role, upcoming role, row counts), folded
 * with {@link Definitions#laterCurrent} and {@link Definitions#earlierUpcoming}. Large inputs are
 * folded over two halves of the rows in parallel and merged.
 */
final class RoleTable {
  final RefColumn<@Nullable JobRole> current;
  final int[] rows;
  final int[] future;
  final RefColumn<@Nullable JobRole> upcoming;
  int orphans;

  private RoleTable(int distinct) {
    current = new RefColumn<>(distinct);
    rows = new int[distinct];
    future = new int[distinct];
    upcoming = new RefColumn<>(distinct);
  }

  /** Folds every row naming a known person id; rows naming no person are counted as orphans. */
  static RoleTable build(List<JobRole> roles, StringSlots ids, int distinct, LocalDate asOf) {
    int n = roles.size();
    if (n < Tuning.PARALLEL_ROWS) {
      RoleTable t = new RoleTable(distinct);
      t.add(roles, 0, n, ids, asOf);
      return t;
    }
    int mid = n / 2;
    ForkJoinTask<RoleTable> upper =
        ForkJoinPool.commonPool()
            .submit(
                () -> {
                  RoleTable t = new RoleTable(distinct);
                  t.add(roles, mid, n, ids, asOf);
                  return t;
                });
    RoleTable lower = new RoleTable(distinct);
    lower.add(roles, 0, mid, ids, asOf);
    lower.merge(upper.join());
    return lower;
  }

  private void add(List<JobRole> roles, int from, int to, StringSlots ids, LocalDate asOf) {
    for (int r = from; r < to; r++) {
      JobRole role = roles.get(r);
      int slot = ids.get(role.personId());
      if (slot < 0) {
        orphans++;
        continue;
      }
      rows[slot]++;
      // Each date is read once: every getter call of the model makes a new Optional.
      LocalDate start = role.effectiveDate().orElse(null);
      if (Definitions.startsAfter(start, asOf)) {
        future[slot]++;
        upcoming.set(slot, Definitions.earlierUpcoming(upcoming.get(slot), role));
      } else if (Definitions.isCurrent(start, role.endDate().orElse(null), asOf)) {
        current.set(slot, Definitions.laterCurrent(current.get(slot), role));
      }
    }
  }

  private void merge(RoleTable other) {
    orphans += other.orphans;
    for (int s = 0; s < rows.length; s++) {
      if (other.rows[s] == 0) {
        continue;
      }
      rows[s] += other.rows[s];
      future[s] += other.future[s];
      JobRole otherUpcoming = other.upcoming.get(s);
      if (otherUpcoming != null) {
        upcoming.set(s, Definitions.earlierUpcoming(upcoming.get(s), otherUpcoming));
      }
      JobRole otherCurrent = other.current.get(s);
      if (otherCurrent != null) {
        current.set(s, Definitions.laterCurrent(current.get(s), otherCurrent));
      }
    }
  }
}
