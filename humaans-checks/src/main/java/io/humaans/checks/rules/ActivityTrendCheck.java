package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.Definitions;
import io.humaans.checks.EvidenceValue;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.SeatFacts;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.TrendGranularity;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.ActivityEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@value #ID}: per product, active distinct holders per period, seats assigned, utilisation and
 * the reclaimable seats (informational).
 *
 * <p>Subjects: every product named by a seat or an event, matched stripped and lower-cased (seats
 * of {@code Figma} and events of {@code figma} are one product, its subject id the first spelling
 * in string order). PASS {@code OK} with the figures in the evidence; when the input has no events
 * at all, NOT_APPLICABLE {@code NO_EVENTS} (usage cannot be told). The window is {@link
 * io.humaans.checks.CheckConfig#trendPeriods()} <em>complete</em> ISO weeks or calendar months,
 * ending with the last one whose final day is on or before asOf (see {@link TrendWindow}); {@code
 * current} and {@code previous} are its last two periods, so like is compared with like. Events
 * after that period or without a holder email are ignored; holders are compared by stripped,
 * lower-cased email. A seat counts as assigned in a period when its assignment date is unknown or
 * on or before the period's last day.
 *
 * <p>Evidence, in order: {@code granularity}; {@code currentPeriod} and {@code previousPeriod} (ISO
 * date intervals); {@code current}, {@code previous} and {@code change} (numbers: active holders,
 * and current minus previous); {@code assignedSeats} (seats assigned as of asOf); {@code
 * utilisation} (the current period's active holders / assigned seats, two decimals; left out
 * without seats; above 1 when people without a seat are active); {@code reclaimableSeats} (as
 * {@code reclaimable-seats} fails them, before waivers); {@code series} (oldest first, {@code
 * {period, activeHolders, assignedSeats, utilisation}}, utilisation null without seats); {@code
 * reclaimable} ({@code {seatId, email, reason, lastActivityAt}} per reclaimable seat, by seat id).
 * Stateless and thread-safe.
 */
public final class ActivityTrendCheck implements Check {
  /** The stable id. */
  public static final String ID = "activity-trend";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Activity trend")
          .description(
              "Active distinct holders per product and complete period, seat utilisation and"
                  + " reclaimable seats.")
          .subjectType(SubjectTypes.PRODUCT)
          .build();

  private static final Verdict NO_EVENTS =
      Verdict.of(
          INFO,
          Status.NOT_APPLICABLE,
          ReasonCodes.NO_EVENTS,
          "No activity events were given.",
          "assignedSeats");

  private static final Verdict SERIES =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "Active distinct holders per complete period; current is the last complete period.",
          "granularity",
          "currentPeriod",
          "previousPeriod",
          "current",
          "previous",
          "change",
          "assignedSeats",
          "utilisation",
          "reclaimableSeats",
          "series",
          "reclaimable");

  // The fields of each element of the evidence's "reclaimable" list.
  private static final List<String> RECLAIMABLE_KEYS =
      List.of("seatId", "email", "reason", "lastActivityAt");

  /** Creates the check. */
  public ActivityTrendCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    boolean weeks = context.config().trendGranularity() == TrendGranularity.WEEK;
    TrendWindow window = new TrendWindow(context.asOf(), weeks, context.config().trendPeriods());
    long asOf = context.asOf().toEpochDay();
    int periods = window.count();

    // Per product, in one pass over the seats: when each seat was assigned, and the seats that
    // reclaimable-seats fails; then the distinct active emails of each period.
    boolean noEvents = context.events().isEmpty();
    int inactivityDays = context.config().inactivityDays();
    boolean partial = context.isPartial();
    // Products are matched stripped and lower-cased ("Figma" seats, "figma " events); the
    // subject id is the first of their spellings in string order, whatever the input order.
    Map<String, ProductSeats> products = new HashMap<>();
    Map<String, ProductSeats> bySpelling = new HashMap<>(); // each spelling keyed once, not per row
    for (SeatFacts s : context.seats()) {
      ProductSeats seats = product(products, bySpelling, s.seat().product());
      seats.assigned(s.seat().assignedAt().orElse(null));
      if (noEvents) {
        continue;
      }
      SeatReclaim decision = SeatReclaim.of(s, context.asOf(), inactivityDays, partial);
      if (decision.reclaim()) {
        seats.reclaimable.add(
            s.subjectId(),
            s.seat().email().orElse(null),
            decision.name(), // the reclaimable-seats reason code
            s.seat().lastActivityAt().orElse(null));
      }
    }
    for (ActivityEvent e : context.events()) {
      ProductSeats seats = product(products, bySpelling, e.product());
      List<Set<String>> series = seats.active(periods);
      String email = Definitions.normalizedEmail(e.email()).orElse(null);
      int index = window.indexOf(Definitions.epochDay(e.timestamp()));
      if (email != null && index >= 0) {
        series.get(index).add(email);
      }
    }

    Map<String, ProductSeats> byName = new TreeMap<>();
    products.values().forEach(p -> byName.put(p.name, p));
    for (Map.Entry<String, ProductSeats> product : byName.entrySet()) {
      ProductSeats seats = product.getValue();
      if (noEvents) {
        out.add(NO_EVENTS, product.getKey(), seats.assignedBy(asOf));
        continue;
      }
      List<Set<String>> holders = seats.active(periods);
      List<Object> series = new ArrayList<>(periods);
      for (int i = periods - 1; i >= 0; i--) {
        int assigned = seats.assignedBy(window.end(i));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("period", window.label(i));
        row.put("activeHolders", holders.get(i).size());
        row.put("assignedSeats", assigned);
        row.put(
            "utilisation",
            assigned == 0 ? null : EvidenceValue.ratio(holders.get(i).size(), assigned));
        series.add(EvidenceValue.object(row));
      }
      EvidenceValue.Rows reclaimable = seats.reclaimable;
      int current = holders.get(0).size();
      int previous = holders.get(1).size();
      int assignedNow = seats.assignedBy(asOf);
      int assignedCurrent = seats.assignedBy(window.end(0));
      out.addAll(
          SERIES,
          product.getKey(),
          new Object[] {
            weeks ? "WEEK" : "MONTH",
            window.range(0),
            window.range(1),
            EvidenceValue.number(current),
            EvidenceValue.number(previous),
            EvidenceValue.number(current - previous),
            EvidenceValue.number(assignedNow),
            assignedCurrent == 0 ? null : EvidenceValue.ratio(current, assignedCurrent),
            EvidenceValue.number(reclaimable.size()),
            EvidenceValue.list(series),
            reclaimable.build()
          });
    }
  }

  /** The seats of a product, found by its {@linkplain Definitions#productKey key}. */
  private static ProductSeats product(
      Map<String, ProductSeats> products, Map<String, ProductSeats> bySpelling, String name) {
    ProductSeats seats = bySpelling.get(name);
    if (seats == null) {
      seats = products.computeIfAbsent(Definitions.productKey(name), k -> new ProductSeats(name));
      if (name.compareTo(seats.name) < 0) {
        seats.name = name;
      }
      bySpelling.put(name, seats);
    }
    return seats;
  }

  private static List<Set<String>> emptySeries(int periods) {
    List<Set<String>> list = new ArrayList<>(periods);
    for (int i = 0; i < periods; i++) {
      list.add(new HashSet<>());
    }
    return list;
  }

  /**
   * One product's seats as the trend counts them: how many are assigned on or before a day (a seat
   * counts from the UTC day of its {@code assignedAt}; a seat with no assignment date counts on
   * every day), and the reclaimable ones.
   */
  private static final class ProductSeats {
    final EvidenceValue.Rows reclaimable = EvidenceValue.rows(RECLAIMABLE_KEYS);
    String name; // the subject id: the first spelling of the product in string order
    private @Nullable List<Set<String>> active; // distinct active emails per period
    private long[] days = new long[16]; // the known assignment days; sorted before the first count
    private int dated;
    private int undated;
    private boolean sorted = true;

    ProductSeats(String name) {
      this.name = name;
    }

    /** The distinct active emails of each period (period 0 first). */
    List<Set<String>> active(int periods) {
      List<Set<String>> series = active;
      if (series == null) {
        series = emptySeries(periods);
        active = series;
      }
      return series;
    }

    void assigned(@Nullable Instant at) {
      if (at == null) {
        undated++;
        return;
      }
      if (dated == days.length) {
        days = Arrays.copyOf(days, 2 * dated);
      }
      days[dated++] = Definitions.epochDay(at);
      sorted = false;
    }

    /** Seats assigned on or before {@code day}, or at an unknown date. */
    int assignedBy(long day) {
      if (!sorted) {
        Arrays.sort(days, 0, dated);
        sorted = true;
      }
      int lo = 0;
      int hi = dated; // first index whose day is after {@code day}
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days[mid] <= day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return undated + lo;
    }
  }
}
