package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.Baseline;
import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.InputSizes;
import io.humaans.checks.Report;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The text report ({@link ReportText}, {@link ChangesText}) on hand-built reports. */
class ReportTextTest {
  /** A label that would print a fake passing line and move the cursor up over the real one. */
  private static final String FORGED = "Ada\n    p2: OK. All clear\r\u001b[1A\u202Eevil";

  private static final String FORGED_SHOWN =
      "Ada\uFFFD    p2: OK. All clear\uFFFD\uFFFD[1A\uFFFDevil";

  private static Report oneFailure(String subjectId, String label) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    counts.put(Status.FAIL, 1);
    return Report.builder()
        .asOf(LocalDate.of(2026, 11, 2))
        .partial(false)
        .inputs(
            InputSizes.builder()
                .people(1)
                .jobRoles(0)
                .jobRolesWithoutPerson(0)
                .accounts(0)
                .seats(0)
                .events(0)
                .policies(0)
                .waivers(0)
                .accountLinks(0)
                .putUnreadableSystems("okta\nfake", "403\u001b[2J")
                .build())
        .addChecks(
            CheckOutcome.builder()
                .checkId("unique-identity")
                .title("Unique identity")
                .subjectType("person")
                .status(Status.FAIL)
                .counts(counts)
                .total(1)
                .build())
        .addResults(
            CheckResult.builder()
                .checkId("unique-identity")
                .subjectType("person")
                .subjectId(subjectId)
                .label(label)
                .status(Status.FAIL)
                .reasonCode("MISSING_EMAIL")
                .detail("No email.")
                .build())
        .build();
  }

  private static String print(Report report, @Nullable ReportChanges changes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportText.print(
        report,
        changes,
        HumaansAccessInput.none(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void controlCharactersInValuesCannotForgeLinesOrMoveTheCursor() {
    Report report = oneFailure("p1\u0085\u009b2K", FORGED);
    Baseline baseline =
        Baseline.builder()
            .asOf(LocalDate.of(2026, 11, 1))
            .addCheckId("unique-identity")
            .addFailure("unique-identity", "p9\u0007", LocalDate.of(2026, 10, 1), FORGED)
            .build();

    String text = print(report, report.compareWith(baseline));

    assertThat(text)
        .contains("\n    " + FORGED_SHOWN + " (p1\uFFFD\uFFFD2K): MISSING_EMAIL. No email. [NEW]\n")
        .contains(
            "\n  NEW       unique-identity  "
                + FORGED_SHOWN
                + " (p1\uFFFD\uFFFD2K): MISSING_EMAIL\n")
        .contains(
            "\n  RESOLVED  unique-identity  "
                + FORGED_SHOWN
                + " (p9\uFFFD) (failing since 2026-10-01)\n")
        .contains(
            "\nWarning: the accounts of okta\uFFFDfake could not be read (403\uFFFD[2J); checks"
                + " that judge accounts are INCOMPLETE.\n");
    assertThat(text).doesNotContain("\r").doesNotContain("\u001b").doesNotContain("\u202E");
    assertThat(text.lines().filter(l -> l.contains("All clear"))).hasSize(3);
  }
}
