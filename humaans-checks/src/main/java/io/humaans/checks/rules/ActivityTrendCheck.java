package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.Definitions;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.SeatFacts;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.TrendGranularity;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.ActivityEvent;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@value #ID}: informational series of active distinct holders per product.
 *
 * <p>Subjects: every product named by a seat or an event. PASS {@code OK} with the series in the
 * evidence, or NOT_APPLICABLE {@code NO_EVENTS} when the product has no events. The window is
 * {@link io.humaans.checks.CheckConfig#trendPeriods()} ISO weeks or calendar months ending with
 * the one holding asOf; events after asOf or without a holder email are ignored; holders are
 * compared by stripped, lower-cased email. Evidence, in order: {@code granularity}, one entry
 * per period from oldest to newest ({@code 2026-W47} or {@code 2026-11} = count),
 * {@code current}, {@code previous} and {@code change} (signed). Stateless and thread-safe.
 */
public final class ActivityTrendCheck implements Check {
  /** The stable id. */
  public static final String ID = "activity-trend";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Activity trend")
          .description("Active distinct holders per product and period, with the latest change.")
          .subjectType(SubjectTypes.PRODUCT)
          .build();

  private static final Verdict NO_EVENTS =
      Verdict.of(INFO, Status.NOT_APPLICABLE, ReasonCodes.NO_EVENTS,
          "No activity events were given for the product.");

  /** Creates the check. */
  public ActivityTrendCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    int periods = context.config().trendPeriods();
    boolean weeks = context.config().trendGranularity() == TrendGranularity.WEEK;
    LocalDate asOfDate = context.asOf();
    long asOf = asOfDate.toEpochDay();
    long asOfWeek = asOf - Math.floorMod(asOf + 3, 7);
    long asOfMonth = asOfDate.getYear() * 12L + asOfDate.getMonthValue() - 1;
    long earliest = weeks ? asOfWeek - 7L * (periods - 1) : asOf - 31L * (periods + 1);

    Set<String> products = new TreeSet<>();
    for (SeatFacts s : context.seats()) {
      products.add(s.seat().product());
    }
    Set<String> withEvents = new HashSet<>();
    Map<String, List<Set<String>>> holders = new HashMap<>();
    for (ActivityEvent e : context.events()) {
      products.add(e.product());
      withEvents.add(e.product());
      String email = Definitions.normalizedEmail(e.email()).orElse(null);
      long day = Definitions.epochDay(e.timestamp());
      if (email == null || day > asOf || day < earliest) {
        continue;
      }
      long index;
      if (weeks) {
        index = (asOfWeek - (day - Math.floorMod(day + 3, 7))) / 7;
      } else {
        LocalDate date = LocalDate.ofEpochDay(day);
        index = asOfMonth - (date.getYear() * 12L + date.getMonthValue() - 1);
      }
      if (index < 0 || index >= periods) {
        continue;
      }
      List<Set<String>> series =
          holders.computeIfAbsent(
              e.product(),
              k -> {
                List<Set<String>> list = new ArrayList<>(periods);
                for (int i = 0; i < periods; i++) {
                  list.add(new HashSet<>());
                }
                return list;
              });
      series.get((int) index).add(email);
    }

    // The evidence keys depend on the window: granularity, one per period (oldest first),
    // then current, previous and change.
    String[] keys = new String[periods + 4];
    keys[0] = "granularity";
    for (int i = 0; i < periods; i++) {
      keys[periods - i] =
          weeks ? weekLabelOrPlaceholder(asOfWeek - 7L * i, i) : monthLabel(asOfMonth - i);
    }
    keys[periods + 1] = "current";
    keys[periods + 2] = "previous";
    keys[periods + 3] = "change";
    Verdict series = Verdict.of(INFO, Status.PASS, ReasonCodes.OK,
        "Active distinct holders per period; the last period holds the evaluation date.", keys);

    for (String product : products) {
      if (!withEvents.contains(product)) {
        out.add(NO_EVENTS, product);
        continue;
      }
      List<Set<String>> active = holders.get(product);
      Object[] values = new Object[periods + 4];
      values[0] = weeks ? "WEEK" : "MONTH";
      for (int i = 0; i < periods; i++) {
        values[periods - i] = active == null ? 0 : active.get(i).size();
      }
      int current = active == null ? 0 : active.get(0).size();
      int previous = active == null ? 0 : active.get(1).size();
      int change = current - previous;
      values[periods + 1] = current;
      values[periods + 2] = previous;
      values[periods + 3] = change > 0 ? "+" + change : Integer.toString(change);
      out.addAll(series, product, values);
    }
  }

  private static String weekLabel(LocalDate monday) {
    int year = monday.get(IsoFields.WEEK_BASED_YEAR);
    int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return year + (week < 10 ? "-W0" : "-W") + week;
  }

  private static String monthLabel(long monthIndex) {
    long year = Math.floorDiv(monthIndex, 12);
    int month = Math.floorMod(monthIndex, 12) + 1;
    return year + (month < 10 ? "-0" : "-") + month;
  }

  /** The ISO week label of {@code epochDay}, or a placeholder when it lies before year -999999999. */
  private static String weekLabelOrPlaceholder(long epochDay, int i) {
    if (epochDay < LocalDate.MIN.toEpochDay() || epochDay > LocalDate.MAX.toEpochDay()) {
      return "out-of-range-" + i;
    }
    return weekLabel(LocalDate.ofEpochDay(epochDay));
  }

}
