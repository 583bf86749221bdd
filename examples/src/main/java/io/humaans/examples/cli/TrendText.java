package io.humaans.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The text report's activity trends: per product a one-line sparkline of active holders with the
 * latest change, seats and utilisation, then a small table of the complete periods (oldest first):
 * active holders and, when known, seats assigned.
 */
final class TrendText {
  private static final char[] BLOCKS = "▁▂▃▄▅▆▇█".toCharArray();

  private TrendText() {}

  /** Prints the trends; nothing when there are none. */
  static void print(List<TrendSeries> all, PrintStream out) {
    if (all.isEmpty()) {
      return;
    }
    out.println();
    out.println("Activity trends (active holders per period, oldest first):");
    for (TrendSeries t : all) {
      out.println(
          "  "
              + OneLine.of(t.product())
              + "  "
              + sparkline(t)
              + "  "
              + t.current()
              + " active in "
              + t.currentPeriod()
              + ", "
              + t.previous()
              + " before, change "
              + (t.change() > 0 ? "+" : "")
              + t.change()
              + (t.assignedSeats().isPresent()
                  ? "; " + t.assignedSeats().getAsInt() + " seats"
                  : "")
              + (t.utilisationPercent() == null ? "" : ", " + t.utilisationPercent() + " used"));
      StringBuilder periods = new StringBuilder("    period  ");
      StringBuilder active = new StringBuilder("    active  ");
      StringBuilder assigned = new StringBuilder("    seats   ");
      boolean anyAssigned = false;
      for (TrendSeries.Point p : t.points()) {
        String label = TrendChart.shortPeriod(p.period());
        String seats = p.assigned().isPresent() ? Integer.toString(p.assigned().getAsInt()) : "";
        anyAssigned |= p.assigned().isPresent();
        int width =
            Math.max(
                    label.length(),
                    Math.max(Integer.toString(p.activeHolders()).length(), seats.length()))
                + 1;
        periods.append(left(label, width));
        active.append(left(Integer.toString(p.activeHolders()), width));
        assigned.append(left(seats, width));
      }
      out.println(periods.toString().stripTrailing());
      out.println(active.toString().stripTrailing());
      if (anyAssigned) {
        out.println(assigned.toString().stripTrailing());
      }
    }
  }

  /** One block character per period, scaled to the largest value (a zero is the lowest block). */
  static String sparkline(TrendSeries t) {
    int max = 1;
    for (TrendSeries.Point p : t.points()) {
      max = Math.max(max, p.activeHolders());
    }
    StringBuilder s = new StringBuilder();
    for (TrendSeries.Point p : t.points()) {
      s.append(BLOCKS[(int) Math.round((double) p.activeHolders() * (BLOCKS.length - 1) / max)]);
    }
    return s.toString();
  }

  private static String left(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
