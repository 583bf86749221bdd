package io.humaans.examples.cli;

import com.squareup.moshi.JsonReader;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.rules.ActivityTrendCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * One product's activity trend, read from the evidence of its {@code activity-trend} result (see
 * {@link ActivityTrendCheck}): the complete periods oldest first with active holders and seats
 * assigned, the latest change, utilisation and the reclaimable seats behind it. The one place the
 * renderers read that evidence. Immutable.
 *
 * @param product the product
 * @param granularity {@code WEEK} or {@code MONTH}
 * @param currentPeriod the current period as an ISO date interval, e.g. {@code
 *     2026-10-26/2026-11-01}
 * @param previousPeriod the period compared with
 * @param points the periods, oldest first
 * @param current active holders in the current period
 * @param previous active holders in the previous period
 * @param change {@code current - previous}
 * @param assignedSeats seats assigned as of the evaluation date, when known
 * @param utilisation active holders per assigned seat in the current period (e.g. {@code 0.75}), or
 *     null without seats
 * @param reclaimable the product's reclaimable seats, by seat id
 */
record TrendSeries(
    String product,
    String granularity,
    String currentPeriod,
    String previousPeriod,
    List<Point> points,
    int current,
    int previous,
    int change,
    OptionalInt assignedSeats,
    @Nullable String utilisation,
    List<Seat> reclaimable) {

  /**
   * One period.
   *
   * @param period the period's label, e.g. {@code 2026-W45} or {@code 2026-11}
   * @param activeHolders distinct active holders in the period
   * @param assigned seats assigned in the period, when known
   */
  record Point(String period, int activeHolders, OptionalInt assigned) {}

  /**
   * One reclaimable seat.
   *
   * @param seatId the seat id
   * @param email the holder's email, or empty
   * @param reason the reason code, e.g. {@code INACTIVE}
   * @param lastActivityAt the last activity (an instant), or empty when never used
   */
  record Seat(String seatId, String email, String reason, String lastActivityAt) {}

  TrendSeries {
    points = List.copyOf(points);
    reclaimable = List.copyOf(reclaimable);
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

  /** Reads one {@code activity-trend} result. */
  static TrendSeries of(CheckResult r) {
    Map<String, String> e = r.evidence();
    List<Point> points = new ArrayList<>();
    for (Map<?, ?> p : objects(e.get("series"))) {
      Object assigned = p.get("assignedSeats");
      points.add(
          new Point(
              String.valueOf(p.get("period")),
              number(p.get("activeHolders")),
              assigned == null ? OptionalInt.empty() : OptionalInt.of(number(assigned))));
    }
    List<Seat> seats = new ArrayList<>();
    for (Map<?, ?> s : objects(e.get("reclaimable"))) {
      seats.add(
          new Seat(
              text(s.get("seatId")),
              text(s.get("email")),
              text(s.get("reason")),
              text(s.get("lastActivityAt"))));
    }
    String assigned = e.get("assignedSeats");
    return new TrendSeries(
        r.subjectId(),
        e.getOrDefault("granularity", "WEEK"),
        e.getOrDefault("currentPeriod", ""),
        e.getOrDefault("previousPeriod", ""),
        points,
        number(e.get("current")),
        number(e.get("previous")),
        number(e.get("change")),
        assigned == null ? OptionalInt.empty() : OptionalInt.of(number(assigned)),
        e.get("utilisation"),
        seats);
  }

  /** The largest value to scale a chart to: active holders or assigned seats, at least 1. */
  int max() {
    int max = 1;
    for (Point p : points) {
      max = Math.max(max, Math.max(p.activeHolders(), p.assigned().orElse(0)));
    }
    return max;
  }

  /** The utilisation as a percentage, e.g. {@code 75%}, or null without seats. */
  @Nullable String utilisationPercent() {
    return utilisation == null
        ? null
        : new java.math.BigDecimal(utilisation)
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString()
            + "%";
  }

  /** The JSON array of objects in an evidence value; empty when absent. */
  private static List<Map<?, ?>> objects(@Nullable String json) {
    if (json == null) {
      return List.of();
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = reader.readJsonValue();
      List<Map<?, ?>> out = new ArrayList<>();
      if (value instanceof List) {
        for (Object o : (List<?>) value) {
          if (o instanceof Map) {
            out.add((Map<?, ?>) o);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("activity-trend evidence is not JSON: " + json, e);
    }
  }

  private static int number(@Nullable Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Number) {
      return ((Number) value).intValue();
    }
    String s = value.toString();
    return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
