package io.humaans.checks;

import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Seat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Totals the FAIL results of the seat-reclaiming checks per product for {@link
 * Report#reclaimableSeatsByProduct()}. Products are grouped by {@link Definitions#productKey} and
 * each group is named by the first spelling of the product in string order among the failures and
 * all the input's seats and events: the subject id {@code activity-trend} gives the product, so
 * that both views of a report count "Slack" and "slack " as one product under one name. Not
 * thread-safe.
 */
final class ReclaimableSeatTotals {
  private final Map<String, int[]> countByKey = new HashMap<>();
  private final Map<String, String> nameByKey = new HashMap<>();

  /**
   * Counts the FAIL results of one seat-reclaiming check by their evidence {@code product} (blank
   * or missing: the product {@code ""}).
   *
   * @param results the check's results
   */
  void addFailures(ResultColumns results) {
    for (int i = 0, n = results.size(); i < n; i++) {
      if (results.status(i) == Status.FAIL) {
        String product = results.evidenceValue(i, "product");
        String name = product == null ? "" : product;
        countByKey.computeIfAbsent(Definitions.productKey(name), k -> new int[1])[0]++;
        rename(name);
      }
    }
  }

  /**
   * {@return the counts by product name, sorted by name}
   *
   * @param input the run's input, whose seats and events may spell a counted product first
   */
  Map<String, Integer> byProduct(CheckInput input) {
    Map<String, Integer> out = new TreeMap<>();
    if (countByKey.isEmpty()) {
      return out;
    }
    Set<String> seen = new HashSet<>(); // each spelling is keyed once, however many events
    for (Seat s : input.seats()) {
      if (seen.add(s.product())) {
        rename(s.product());
      }
    }
    for (ActivityEvent e : input.events()) {
      if (seen.add(e.product())) {
        rename(e.product());
      }
    }
    countByKey.forEach((key, count) -> out.put(nameByKey.get(key), count[0]));
    return out;
  }

  /** Names the product of {@code spelling} by it when counted and first in string order. */
  private void rename(String spelling) {
    String key = Definitions.productKey(spelling);
    if (countByKey.containsKey(key)) {
      nameByKey.merge(key, spelling, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }
}
