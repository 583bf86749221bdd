package io.humaans.examples.cli;

import static io.humaans.examples.cli.Html.esc;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.InputSizes;
import io.humaans.checks.Report;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS ({@link ReportStyle}) and
 * inline SVG charts ({@link TrendChart}), no scripts and nothing loaded from elsewhere. In order,
 * overview before detail: the header (with a warning per system whose accounts could not be read,
 * and one when the directory is partial), the change since the baseline (when compared), the
 * summary with one row per check, one activity-trend chart per product, the seats per product
 * (reclaimable, assigned, active, utilisation, and the holders behind the reclaimable ones), then
 * the failing, incomplete and waived results grouped by check with their labels. Every value is
 * escaped. Pure.
 */
final class ReportHtml {
  /** The outcomes a check can have, in the order the summary lists them (as the text does). */
  private static final List<Status> OUTCOME_ORDER =
      List.of(Status.FAIL, Status.INCOMPLETE, Status.NOT_APPLICABLE, Status.PASS);

  private ReportHtml() {}

  /**
   * Returns the page.
   *
   * @param changes the comparison with a baseline, or null when there is none
   */
  static String render(Report report, @Nullable ReportChanges changes) {
    StringBuilder h = new StringBuilder(16384 + report.results().size() * 64);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Compliance report as of ")
        .append(report.asOf())
        .append("</title>\n")
        .append("<style>\n")
        .append(ReportStyle.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(h, report);
    if (changes != null) {
      ChangesHtml.append(h, changes);
    }
    summary(h, report);
    List<TrendSeries> trends = TrendSeries.of(report);
    trends(h, trends);
    seats(h, report, trends);
    Map<String, String> titles = new HashMap<>();
    report.checks().forEach(c -> titles.put(c.checkId(), c.title()));
    results(h, report, changes, titles, Status.FAIL, "failures", "Failures");
    results(h, report, changes, titles, Status.INCOMPLETE, "incomplete", "Incomplete");
    results(h, report, changes, titles, Status.WAIVED, "waived", "Waived");
    h.append("<footer>humaans-examples ")
        .append(esc(BuildVersion.version()))
        .append(" · report as of ")
        .append(report.asOf())
        .append("</footer>\n");
    return h.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void header(StringBuilder h, Report report) {
    InputSizes in = report.inputs();
    List<String> parts = new ArrayList<>();
    parts.add(in.people() + " people");
    parts.add(in.jobRoles() + " job roles");
    add(parts, in.accounts(), "accounts");
    add(parts, in.policies(), "access policies");
    add(parts, in.seats(), "seats");
    add(parts, in.events(), "activity events");
    add(parts, in.waivers(), "waivers");
    h.append("<header>\n<h1>Compliance report</h1>\n<p class=\"meta\">As of <b>")
        .append(report.asOf())
        .append("</b> · ")
        .append(esc(String.join(" · ", parts)))
        .append("</p>\n");
    report
        .scopes()
        .ifPresent(
            s ->
                h.append("<p class=\"meta\">Token scopes: ")
                    .append(esc(String.join(", ", s)))
                    .append("</p>\n"));
    h.append("</header>\n");
    new TreeMap<>(in.unreadableSystems())
        .forEach(
            (system, why) ->
                h.append(
                        "<section class=\"warning\"><b>Accounts not read.</b> The accounts of <code>")
                    .append(esc(system))
                    .append("</code> could not be read (")
                    .append(esc(why))
                    .append("); checks that judge accounts are INCOMPLETE.</section>\n"));
    if (report.partial()) {
      h.append(
          "<section class=\"warning\"><b>Partial directory.</b> It was read without"
              + " <code>private:read</code>, so leavers and pre-hires are missing; checks that need"
              + " them are INCOMPLETE.</section>\n");
    }
  }

  private static void summary(StringBuilder h, Report report) {
    h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"tiles\">");
    for (Status s : OUTCOME_ORDER) {
      long n = report.checks().stream().filter(c -> c.status() == s).count();
      if (n == 0 && s == Status.NOT_APPLICABLE) {
        continue;
      }
      tile(
          h,
          s.name(),
          (int) n,
          (n == 1 ? "check " : "checks ")
              + s.name()
                  .toLowerCase(Locale.ROOT)
                  .replace('_', ' ')
                  .replace("fail", "failing")
                  .replace("pass", "passing"));
    }
    h.append("</div>\n<table>\n<tr><th>Status</th><th>Check</th><th>Results</th></tr>\n");
    for (Status status : OUTCOME_ORDER) {
      for (CheckOutcome c : report.checks()) {
        if (c.status() != status) {
          continue;
        }
        h.append("<tr><td>")
            .append(badge(c.status().name()))
            .append("</td><td><code>")
            .append(esc(c.checkId()))
            .append("</code> <span class=\"detail\">")
            .append(esc(c.title()))
            .append("</span></td><td class=\"counts\">");
        boolean any = false;
        for (Map.Entry<Status, Integer> e : c.counts().entrySet()) {
          if (e.getValue() > 0) {
            any = true;
            h.append("<span class=\"")
                .append(e.getKey().name())
                .append("\">")
                .append(e.getValue())
                .append(' ')
                .append(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("</span>");
          }
        }
        if (!any) {
          h.append("<span>no subjects</span>");
        }
        if (!c.missingScopes().isEmpty()) {
          h.append("<span class=\"INCOMPLETE\">needs ")
              .append(esc(String.join(", ", c.missingScopes())))
              .append("</span>");
        }
        h.append("</td></tr>\n");
      }
    }
    h.append("</table>\n</section>\n");
  }

  private static void results(
      StringBuilder h,
      Report report,
      @Nullable ReportChanges changes,
      Map<String, String> titles,
      Status status,
      String id,
      String title) {
    List<CheckResult> results =
        report.results().stream().filter(r -> r.status() == status).collect(Collectors.toList());
    if (results.isEmpty()) {
      return;
    }
    boolean compared = changes != null && status == Status.FAIL;
    h.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(title)
        .append(" (")
        .append(results.size())
        .append(")</h2>\n");
    String check = null;
    for (CheckResult r : results) {
      if (!r.checkId().equals(check)) {
        if (check != null) {
          h.append("</table>\n");
        }
        check = r.checkId();
        h.append("<h3><code>")
            .append(esc(check))
            .append("</code><span class=\"title\">")
            .append(esc(titles.getOrDefault(check, "")))
            .append("</span></h3>\n")
            .append("<table class=\"results\">\n<tr>")
            .append(compared ? "<th class=\"c-change\">Change</th>" : "")
            .append("<th class=\"c-subject\">Subject</th><th class=\"c-reason\">Reason</th>")
            .append("<th>Detail</th>")
            .append(compared ? "<th class=\"c-since\">Failing since</th>" : "")
            .append("</tr>\n");
      }
      h.append("<tr>");
      if (changes != null && compared) {
        h.append("<td>")
            .append(changes.change(r).map(c -> badge(c.name())).orElse(""))
            .append("</td>");
      }
      subject(h, r.label(), r.subjectId());
      h.append("<td class=\"reason\">")
          .append(esc(r.reasonCode()))
          .append("</td><td class=\"detail\">")
          .append(esc(r.detail()))
          .append("</td>");
      if (changes != null && compared) {
        h.append("<td>")
            .append(changes.failingSince(r).map(Object::toString).orElse(""))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void seats(StringBuilder h, Report report, List<TrendSeries> trends) {
    Map<String, Integer> seats = report.reclaimableSeatsByProduct();
    if (seats.isEmpty() && trends.isEmpty()) {
      return;
    }
    Map<String, TrendSeries> byProduct = new LinkedHashMap<>();
    trends.forEach(t -> byProduct.put(t.product(), t));
    h.append("<section id=\"seats\">\n<h2>Seats</h2>\n<table class=\"seats\">\n")
        .append("<tr><th>Product</th>")
        .append("<th class=\"num\">Reclaimable</th><th class=\"num\">Assigned</th>")
        .append("<th class=\"num\">Active (last complete period)</th>")
        .append("<th class=\"num\">Utilisation</th></tr>\n");
    java.util.Set<String> products = new java.util.TreeSet<>(seats.keySet());
    products.addAll(byProduct.keySet());
    for (String product : products) {
      TrendSeries t = byProduct.get(product);
      int n = seats.getOrDefault(product, 0);
      h.append("<tr><td>")
          .append(esc(product))
          .append("</td><td class=\"num")
          .append(n > 0 ? " FAIL" : "")
          .append("\">")
          .append(n)
          .append("</td><td class=\"num\">")
          .append(t == null || t.assignedSeats().isEmpty() ? "" : t.assignedSeats().getAsInt())
          .append("</td><td class=\"num\">")
          .append(t == null ? "" : t.current())
          .append("</td><td class=\"num\">")
          .append(t == null || t.utilisationPercent() == null ? "" : t.utilisationPercent())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    for (TrendSeries t : trends) {
      if (t.reclaimable().isEmpty()) {
        continue;
      }
      h.append("<h3>")
          .append(esc(t.product()))
          .append("<span class=\"title\">")
          .append(t.reclaimable().size())
          .append(" reclaimable</span></h3>\n")
          .append("<table class=\"results\">\n<tr><th class=\"c-subject\">Holder</th>")
          .append("<th class=\"c-reason\">Reason</th><th>Last activity</th></tr>\n");
      for (TrendSeries.Seat seat : t.reclaimable()) {
        h.append("<tr>");
        subject(h, seat.email().isEmpty() ? seat.seatId() : seat.email(), seat.seatId());
        h.append("<td class=\"reason\">")
            .append(esc(seat.reason()))
            .append("</td><td>")
            .append(
                seat.lastActivityAt().isEmpty()
                    ? "never"
                    : esc(
                        seat.lastActivityAt().length() >= 10
                            ? seat.lastActivityAt().substring(0, 10)
                            : seat.lastActivityAt()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n");
  }

  private static void trends(StringBuilder h, List<TrendSeries> all) {
    if (all.isEmpty()) {
      return;
    }
    h.append("<section id=\"trends\">\n<h2>Activity trends</h2>\n<p class=\"meta\">")
        .append("Distinct active holders per complete period, the last one darker; the dashed")
        .append(" line is the seats assigned.</p>\n<div class=\"trends\">\n");
    for (TrendSeries t : all) {
      String cls = t.change() > 0 ? "up" : t.change() < 0 ? "down" : "";
      h.append("<figure class=\"trend\" data-product=\"")
          .append(esc(t.product()))
          .append("\">\n<figcaption><b>")
          .append(esc(t.product()))
          .append("</b> · ")
          .append(t.current())
          .append(" active in ")
          .append(esc(t.currentPeriod().replace("/", " – ")))
          .append(", ")
          .append(t.previous())
          .append(" the period before: <span class=\"")
          .append(cls)
          .append("\">")
          .append(t.change() > 0 ? "+" : "")
          .append(t.change())
          .append("</span>");
      if (t.assignedSeats().isPresent()) {
        h.append(" · ").append(t.assignedSeats().getAsInt()).append(" seats");
      }
      if (t.utilisationPercent() != null) {
        h.append(", ").append(esc(t.utilisationPercent())).append(" used");
      }
      h.append("</figcaption>\n").append(TrendChart.svg(t)).append("\n</figure>\n");
    }
    h.append("</div>\n</section>\n");
  }

  /** Appends a subject's cell: its label, then its id when that differs. */
  static void subject(StringBuilder h, String label, String subjectId) {
    h.append("<td>").append(esc(label));
    if (!label.equals(subjectId)) {
      h.append(" <span class=\"id\">").append(esc(subjectId)).append("</span>");
    }
    h.append("</td>");
  }

  /** Appends a tile: a count in large type and what it counts, coloured by {@code status}. */
  static void tile(StringBuilder h, String status, int n, String text) {
    h.append("<div class=\"tile ")
        .append(status)
        .append("\"><span class=\"n\">")
        .append(n)
        .append("</span>")
        .append(esc(text))
        .append("</div>");
  }

  /** A status badge, coloured by the status's CSS class. */
  static String badge(String status) {
    return "<span class=\"badge " + status + "\">" + status.replace('_', ' ') + "</span>";
  }

  private static void add(List<String> parts, int n, String what) {
    if (n > 0) {
      parts.add(n + " " + what);
    }
  }
}
