package io.humaans.examples.cli;

import static io.humaans.examples.cli.Html.esc;

import io.humaans.checks.Baseline;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.Status;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report's section on what changed since the baseline ({@link ReportHtml}): a resolved
 * failure that is now waived, incomplete or not applicable is shown as such, never green.
 */
final class ChangesHtml {
  private ChangesHtml() {}

  /** Appends the section: tiles with the counts, then a row per new and resolved failure. */
  static void append(StringBuilder h, ReportChanges changes) {
    List<CheckResult> added = changes.newFailures();
    List<Baseline.Failure> resolved = changes.resolved();
    h.append("<section id=\"changes\">\n<h2>Since the baseline")
        .append(changes.baseline().asOf().map(d -> " of " + d).orElse(""))
        .append("</h2>\n")
        .append("<div class=\"tiles\">");
    ReportHtml.tile(h, "NEW", added.size(), added.size() == 1 ? "new failure" : "new failures");
    long fixed =
        resolved.stream().filter(f -> ChangesText.shownAs(changes, f).equals("RESOLVED")).count();
    ReportHtml.tile(h, "RESOLVED", (int) fixed, "resolved");
    for (Status s : ChangesText.NOT_FIXED) {
      long n =
          resolved.stream().filter(f -> ChangesText.shownAs(changes, f).equals(s.name())).count();
      if (n > 0) {
        ReportHtml.tile(
            h, s.name(), (int) n, "now " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    h.append("</div>\n");
    if (added.isEmpty() && resolved.isEmpty()) {
      h.append("<p class=\"meta\">No change in the failures.</p>\n");
    } else {
      h.append(
          "<table>\n<tr><th>Change</th><th>Check</th><th>Subject</th><th>Reason</th>"
              + "<th>Failing since</th></tr>\n");
      for (CheckResult r : added) {
        h.append("<tr><td><span class=\"badge NEW\">NEW</span></td><td><code>")
            .append(esc(r.checkId()))
            .append("</code></td>");
        ReportHtml.subject(h, r.label(), r.subjectId());
        h.append("<td class=\"reason\">")
            .append(esc(r.reasonCode()))
            .append("</td><td>")
            .append(changes.failingSince(r).map(Object::toString).orElse(""))
            .append("</td></tr>\n");
      }
      for (Baseline.Failure f : resolved) {
        h.append("<tr><td>")
            .append(ReportHtml.badge(ChangesText.shownAs(changes, f)))
            .append("</td><td><code>")
            .append(esc(f.checkId()))
            .append("</code></td>");
        ReportHtml.subject(h, f.label(), f.subjectId());
        h.append("<td></td><td>").append(f.failingSince()).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n");
  }
}
