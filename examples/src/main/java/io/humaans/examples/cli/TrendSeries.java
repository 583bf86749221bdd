package io.humaans.examples.cli;

import io.humaans.checks.CheckResult;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.rules.ActivityTrendCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One product's activity trend, read from the evidence of its {@code activity-trend} result: the
 * periods oldest first with their active holders, and the latest change. The one place the
 * renderers read that evidence. Immutable.
 *
 * @param product the product
 * @param granularity {@code WEEK} or {@code MONTH}
 * @param points the periods, oldest first
 * @param current active holders in the current period
 * @param previous active holders in the period compared with
 * @param change {@code current - previous}
 */
record TrendSeries(String product, String granularity, List<Point> points, int current,
    int previous, int change) {

  /**
   * One period.
   *
   * @param period the period's label, e.g. {@code 2026-W45} or {@code 2026-11}
   * @param activeHolders distinct active holders in the period
   * @param assigned seats assigned in the period, when known
   */
  record Point(String period, int activeHolders, OptionalInt assigned) {}

  TrendSeries {
    points = List.copyOf(points);
  }

  /** The series of every product with events, in report order (by product). */
  static List<TrendSeries> of(Report report) {
    List<TrendSeries> all = new ArrayList<>();
    for (CheckResult r : report.results()) {
      if (r.checkId().equals(ActivityTrendCheck.ID) && r.status() == Status.PASS) {
        all.add(of(r));
      }
    }
    return all;
  }

  private static final java.util.Set<String> NOT_PERIODS =
      java.util.Set.of("granularity", "current", "previous", "change");

  /** Reads one {@code activity-trend} result. */
  static TrendSeries of(CheckResult r) {
    Map<String, String> evidence = r.evidence();
    List<Point> points = new ArrayList<>();
    for (Map.Entry<String, String> e : evidence.entrySet()) {
      if (!NOT_PERIODS.contains(e.getKey())) {
        points.add(new Point(e.getKey(), number(e.getValue()), OptionalInt.empty()));
      }
    }
    return new TrendSeries(r.subjectId(), evidence.getOrDefault("granularity", "WEEK"), points,
        number(evidence.get("current")), number(evidence.get("previous")),
        number(evidence.get("change")));
  }

  private static int number(@org.jspecify.annotations.Nullable String value) {
    if (value == null) {
      return 0;
    }
    return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
  }

  /** The largest value to scale a chart to: active holders or assigned seats, at least 1. */
  int max() {
    int max = 1;
    for (Point p : points) {
      max = Math.max(max, Math.max(p.activeHolders(), p.assigned().orElse(0)));
    }
    return max;
  }
}
