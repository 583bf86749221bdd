package io.humaans.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * One product's activity trend as an inline SVG bar chart: a bar of active holders per period (the
 * current one darker) with its value on top, gridlines, and, when the series knows them, the seats
 * assigned as a dashed line behind the bars. Pure: series in, markup out.
 */
final class TrendChart {
  static final int WIDTH = 560;
  static final int HEIGHT = 220;
  private static final int LEFT = 40;
  private static final int RIGHT = 12;
  private static final int TOP = 18;
  private static final int BOTTOM = 34;

  private TrendChart() {}

  /** Returns the {@code <svg>} element of {@code series}. */
  static String svg(TrendSeries series) {
    List<TrendSeries.Point> points = series.points();
    int n = Math.max(points.size(), 1);
    // Headroom above the highest bar or seat line for the value labels.
    int headroom = (int) Math.ceil(series.max() * 1.12);
    int step = niceStep(headroom);
    int top = Math.max(step, (headroom + step - 1) / step * step);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double slot = plotW / n;
    double barW = Math.min(48, slot * 0.64);
    StringBuilder s = new StringBuilder(2048);
    s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(
            Html.esc(
                "Active holders of "
                    + series.product()
                    + " per "
                    + series.granularity().toLowerCase(Locale.ROOT)))
        .append("\">");
    for (int v = 0; v <= top; v += step) {
      double y = TOP + plotH - plotH * v / top;
      s.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\"/>");
      s.append("<text class=\"tick\" x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(v)
          .append("</text>");
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      TrendSeries.Point p = points.get(i);
      if (p.assigned().isPresent()) {
        line.append(line.length() == 0 ? "" : " ")
            .append(fmt(LEFT + slot * i + slot / 2))
            .append(',')
            .append(fmt(TOP + plotH - plotH * p.assigned().getAsInt() / top));
      }
    }
    if (line.length() > 0) {
      s.append("<polyline class=\"assigned\" points=\"").append(line).append("\"/>");
    }
    for (int i = 0; i < points.size(); i++) {
      TrendSeries.Point p = points.get(i);
      double cx = LEFT + slot * i + slot / 2;
      double h = plotH * p.activeHolders() / top;
      double y = TOP + plotH - h;
      boolean last = i == points.size() - 1;
      s.append("<rect class=\"")
          .append(last ? "bar current" : "bar")
          .append("\" x=\"")
          .append(fmt(cx - barW / 2))
          .append("\" y=\"")
          .append(fmt(y))
          .append("\" width=\"")
          .append(fmt(barW))
          .append("\" height=\"")
          .append(fmt(Math.max(h, 0.5)))
          .append("\"><title>")
          .append(Html.esc(p.period() + ": " + p.activeHolders() + " active"))
          .append("</title></rect>");
      s.append("<text class=\"value\" x=\"")
          .append(fmt(cx))
          .append("\" y=\"")
          .append(fmt(y - 5))
          .append("\" text-anchor=\"middle\">")
          .append(p.activeHolders())
          .append("</text>");
      s.append("<text class=\"tick\" x=\"")
          .append(fmt(cx))
          .append("\" y=\"")
          .append(HEIGHT - BOTTOM + 16)
          .append("\" text-anchor=\"middle\">")
          .append(Html.esc(shortPeriod(p.period())))
          .append("</text>");
    }
    s.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y1=\"")
        .append(fmt(TOP + plotH))
        .append("\" y2=\"")
        .append(fmt(TOP + plotH))
        .append("\"/>");
    return s.append("</svg>").toString();
  }

  /** {@code 2026-W45} as {@code W45}; a month stays {@code 2026-11}. */
  static String shortPeriod(String period) {
    int w = period.indexOf("-W");
    return w > 0 ? period.substring(w + 1) : period;
  }

  /** A gridline step of 1, 2 or 5 times a power of ten giving at most five lines. */
  static int niceStep(int max) {
    int step = 1;
    while (true) {
      for (int m : new int[] {1, 2, 5}) {
        if ((long) step * m * 5 >= max) {
          return step * m;
        }
      }
      step *= 10;
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
