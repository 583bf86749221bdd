package io.humaans.checks.rules;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The periods of {@link ActivityTrendCheck}: the {@code count} latest complete ISO weeks or
 * calendar months, ending with the last one whose final day is on or before asOf (so a period that
 * has only begun is never compared with a full one). Period 0 is the latest (current), period 1 the
 * one before (previous). Days are epoch days. Immutable.
 */
final class TrendWindow {
  private final boolean weeks;
  private final int count;
  // Weeks: the Monday of the current week. Months: the current month as year * 12 + month - 1.
  private final long current;

  TrendWindow(LocalDate asOf, boolean weeks, int count) {
    this.weeks = weeks;
    this.count = count;
    long day = asOf.toEpochDay();
    if (weeks) {
      long monday = day - Math.floorMod(day + 3, 7);
      current = day == monday + 6 ? monday : monday - 7;
    } else {
      long month = asOf.getYear() * 12L + asOf.getMonthValue() - 1;
      current = asOf.getDayOfMonth() == asOf.lengthOfMonth() ? month : month - 1;
    }
  }

  int count() {
    return count;
  }

  /** The first day of period {@code i}. */
  long start(int i) {
    if (weeks) {
      return current - 7L * i;
    }
    long month = current - i;
    return safeDay(Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1, false);
  }

  /** The last day of period {@code i}. */
  long end(int i) {
    if (weeks) {
      return current - 7L * i + 6;
    }
    long month = current - i;
    return safeDay(Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1, true);
  }

  /** The period holding {@code day}, or -1 when it lies outside the window. */
  int indexOf(long day) {
    if (!inRange(day) || day > end(0) || day < start(count - 1)) {
      return -1;
    }
    if (weeks) {
      return (int) ((current - (day - Math.floorMod(day + 3, 7))) / 7);
    }
    LocalDate date = LocalDate.ofEpochDay(day);
    return (int) (current - (date.getYear() * 12L + date.getMonthValue() - 1));
  }

  /** The label of period {@code i}: {@code 2026-W47} or {@code 2026-11}. */
  String label(int i) {
    if (!inRange(start(i)) || !inRange(end(i))) {
      return "out-of-range-" + i;
    }
    LocalDate first = LocalDate.ofEpochDay(start(i));
    if (weeks) {
      int week = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      return first.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }
    int month = first.getMonthValue();
    return first.getYear() + (month < 10 ? "-0" : "-") + month;
  }

  /** The days of period {@code i} as an ISO 8601 interval, {@code 2026-11-16/2026-11-22}. */
  String range(int i) {
    if (!inRange(start(i)) || !inRange(end(i))) {
      return "out-of-range-" + i;
    }
    return LocalDate.ofEpochDay(start(i)) + "/" + LocalDate.ofEpochDay(end(i));
  }

  private static boolean inRange(long day) {
    return day >= LocalDate.MIN.toEpochDay() && day <= LocalDate.MAX.toEpochDay();
  }

  /** The first or last day of a month, clamped to the LocalDate range. */
  private static long safeDay(long year, int month, boolean last) {
    if (year < LocalDate.MIN.getYear()) {
      return LocalDate.MIN.toEpochDay() - 1;
    }
    if (year > LocalDate.MAX.getYear()) {
      return LocalDate.MAX.toEpochDay() + 1;
    }
    LocalDate first = LocalDate.of((int) year, month, 1);
    return (last ? first.withDayOfMonth(first.lengthOfMonth()) : first).toEpochDay();
  }
}
