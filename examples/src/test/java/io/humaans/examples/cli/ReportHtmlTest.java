package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.Baseline;
import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.InputSizes;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.model.Directory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ReportHtml} and {@link TrendText} on hand-built reports. */
class ReportHtmlTest {
  private static final String EVIL = "<script>alert(\"x\")</script>&'";
  private static final String EVIL_ESCAPED =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;";

  @Test
  void everyValueIsEscaped() {
    Report report =
        report(
            CheckResult.builder()
                .checkId("unique-identity")
                .subjectType("person")
                .subjectId("p1" + EVIL)
                .status(Status.FAIL)
                .reasonCode("DUPLICATE_EMAIL")
                .detail("Detail " + EVIL)
                .label("Ada " + EVIL)
                .build(),
            trend("figma" + EVIL, 3, 4));

    String html = ReportHtml.render(report, null);

    assertThat(html).doesNotContain("<script").doesNotContain("alert(\"x\")");
    assertThat(html)
        .contains(
            "<td>Ada " + EVIL_ESCAPED + " <span class=\"id\">p1" + EVIL_ESCAPED + "</span></td>");
    assertThat(html).contains("<td class=\"detail\">Detail " + EVIL_ESCAPED + "</td>");
    assertThat(html).contains("data-product=\"figma" + EVIL_ESCAPED + "\"");
    ReportHtmlChromiumTest.assertSelfContained(html);
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(Html.esc("nul\u0000 del\u007f c1\u0085 csi\u009b lone\uD800 \uDC00 ok\t\n"))
        .isEqualTo("nul\uFFFD del\uFFFD c1\uFFFD csi\uFFFD lone\uFFFD \uFFFD ok\t\n");
    assertThat(Html.esc("pair \uD83D\uDE00 é")).isEqualTo("pair \uD83D\uDE00 é");
  }

  @Test
  void oneChartPerProductAndTheChangeFirst() {
    Report report =
        report(
            CheckResult.builder()
                .checkId("unique-identity")
                .subjectType("person")
                .subjectId("p1")
                .status(Status.FAIL)
                .reasonCode("MISSING_EMAIL")
                .detail("No email.")
                .label("Ada Lovelace")
                .build(),
            trend("figma", 3, 4),
            trend("miro", 5, 5));
    Baseline baseline =
        Baseline.builder()
            .asOf(LocalDate.of(2026, 10, 26))
            .checkIds(List.of("activity-trend", "unique-identity"))
            .addFailure("unique-identity", "p9", LocalDate.of(2026, 10, 1), "Bo Smith")
            .build();

    String html = ReportHtml.render(report, report.compareWith(baseline));

    assertThat(html.split("<svg class=\"chart\"", -1)).hasSize(3);
    assertThat(html)
        .contains("<figure class=\"trend\" data-product=\"figma\">")
        .contains("<figure class=\"trend\" data-product=\"miro\">");
    assertThat(html).contains("<h2>Since the baseline of 2026-10-26</h2>");
    assertThat(html.indexOf("id=\"changes\"")).isLessThan(html.indexOf("id=\"summary\""));
    assertThat(html)
        .contains(
            "<span class=\"badge NEW\">NEW</span></td><td><code>"
                + "unique-identity</code></td><td>Ada Lovelace <span class=\"id\">p1</span></td>");
    assertThat(html)
        .contains(
            "<span class=\"badge RESOLVED\">RESOLVED</span></td><td><code>"
                + "unique-identity</code></td><td>Bo Smith <span class=\"id\">p9</span></td>"
                + "<td></td><td>2026-10-01</td>");
  }

  /** Every check on an empty directory, Humaans' roles unreadable for a hostile reason. */
  private static Report nothingToJudge() {
    return Checks.run(
        CheckInput.builder()
            .directory(Directory.builder().build())
            .putUnreadableSystems("humaans", "403 on <b>/roles</b>")
            .build(),
        CheckConfig.builder().asOf(LocalDate.of(2026, 11, 2)).build());
  }

  @Test
  void theSummaryListsEveryCheckWithATileForThoseThatJudgedNothing() {
    Report report = nothingToJudge();
    long notApplicable =
        report.checks().stream().filter(c -> c.status() == Status.NOT_APPLICABLE).count();
    assertThat(notApplicable).isGreaterThan(0);

    String html = ReportHtml.render(report, null);

    int start = html.indexOf("id=\"summary\"");
    String summary = html.substring(start, html.indexOf("</section>", start));
    for (CheckOutcome c : report.checks()) {
      assertThat(summary)
          .containsOnlyOnce(
              "<span class=\"badge "
                  + c.status().name()
                  + "\">"
                  + c.status().name().replace('_', ' ')
                  + "</span></td><td><code>"
                  + c.checkId()
                  + "</code>");
    }
    assertThat(summary)
        .contains(
            "<div class=\"tile NOT_APPLICABLE\"><span class=\"n\">"
                + notApplicable
                + "</span>checks not applicable</div>");
  }

  @Test
  void theHeaderWarnsOfEachSystemWhoseAccountsCouldNotBeRead() {
    String html = ReportHtml.render(nothingToJudge(), null);

    assertThat(html)
        .contains(
            "<section class=\"warning\"><b>Accounts not read.</b> The accounts of"
                + " <code>humaans</code> could not be read (403 on &lt;b&gt;/roles&lt;/b&gt;);"
                + " checks that judge accounts are INCOMPLETE.</section>\n");
    assertThat(html.indexOf("Accounts not read")).isLessThan(html.indexOf("id=\"summary\""));
  }

  @Test
  void textTrendIsATableAndASparkline() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TrendSeries t =
        TrendSeries.of(
            trendWith(
                "figma",
                "[{\"period\":\"2026-W42\",\"activeHolders\":0,\"assignedSeats\":8,\"utilisation\":0},"
                    + "{\"period\":\"2026-W43\",\"activeHolders\":4,\"assignedSeats\":8,\"utilisation\":0.5},"
                    + "{\"period\":\"2026-W44\",\"activeHolders\":8,\"assignedSeats\":10,"
                    + "\"utilisation\":0.8}]",
                8,
                4,
                10,
                "0.8"));

    TrendText.print(List.of(t), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(TrendText.sparkline(t)).isEqualTo("▁▅█");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\n"
                + "Activity trends (active holders per period, oldest first):\n"
                + "  figma  ▁▅█  8 active in 2026-10-26/2026-11-01, 4 before, change +4;"
                + " 10 seats, 80% used\n"
                + "    period   W42 W43 W44\n"
                + "    active     0   4   8\n"
                + "    seats      8   8  10\n");
  }

  private static CheckResult trend(String product, int previous, int current) {
    return trendWith(
        product,
        "[{\"period\":\"2026-W43\",\"activeHolders\":"
            + previous
            + ",\"assignedSeats\":5,\"utilisation\":0.6},{\"period\":\"2026-W44\",\"activeHolders\":"
            + current
            + ",\"assignedSeats\":5,\"utilisation\":0.8}]",
        current,
        previous,
        5,
        "0.8");
  }

  private static CheckResult trendWith(
      String product, String series, int current, int previous, int seats, String utilisation) {
    return CheckResult.builder()
        .checkId("activity-trend")
        .subjectType("product")
        .subjectId(product)
        .status(Status.PASS)
        .reasonCode("OK")
        .detail("Trend.")
        .putEvidence("granularity", "WEEK")
        .putEvidence("currentPeriod", "2026-10-26/2026-11-01")
        .putEvidence("previousPeriod", "2026-10-19/2026-10-25")
        .putEvidence("current", Integer.toString(current))
        .putEvidence("previous", Integer.toString(previous))
        .putEvidence("change", Integer.toString(current - previous))
        .putEvidence("assignedSeats", Integer.toString(seats))
        .putEvidence("utilisation", utilisation)
        .putEvidence("series", series)
        .putEvidence("reclaimable", "[]")
        .build();
  }

  private static Report report(CheckResult... results) {
    Report.Builder b =
        Report.builder()
            .asOf(LocalDate.of(2026, 11, 2))
            .inputs(
                InputSizes.builder()
                    .people(2)
                    .jobRoles(1)
                    .jobRolesWithoutPerson(0)
                    .accounts(0)
                    .seats(5)
                    .events(9)
                    .policies(0)
                    .waivers(0)
                    .accountLinks(0)
                    .build())
            .partial(false);
    for (String check : List.of("activity-trend", "unique-identity")) {
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        counts.put(s, 0);
      }
      int n = 0;
      boolean fails = false;
      for (CheckResult r : results) {
        if (r.checkId().equals(check)) {
          counts.merge(r.status(), 1, Integer::sum);
          n++;
          fails |= r.status() == Status.FAIL;
        }
      }
      b.addChecks(
          CheckOutcome.builder()
              .checkId(check)
              .title(check)
              .subjectType("x")
              .status(fails ? Status.FAIL : Status.PASS)
              .counts(counts)
              .total(n)
              .build());
    }
    return b.addResults(results).build();
  }
}
