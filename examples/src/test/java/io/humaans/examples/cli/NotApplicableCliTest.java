package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.model.Directory;
import io.humaans.examples.demo.DemoServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check that judged nothing is NOT_APPLICABLE: shown in the summary, not a failure (#9). */
class NotApplicableCliTest {
  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private DemoServer demo;

  @BeforeEach
  void startDemo() {
    demo = DemoServer.start();
  }

  @AfterEach
  void stopDemo() {
    demo.close();
  }

  /** One recently used seat of an employed person, and no events. */
  private String healthySeats() throws IOException {
    Path seats = dir.resolve("seats.csv");
    Files.writeString(
        seats,
        "product,seatId,email,assignedAt,lastActivityAt\n"
            + "figma,fig-0001,felix.dubois@northwind-labs.example,2024-01-15T10:00:00Z,"
            + "2026-10-29T10:07:00Z\n",
        StandardCharsets.UTF_8);
    return seats.toString();
  }

  @Test
  void withoutEventsActivityTrendIsNotApplicableAndTheExitStatusIsZero() throws IOException {
    CliRun.Result r =
        cli.run(
            Map.of(
                "HUMAANS_API_TOKEN",
                DemoServer.FULL_ACCESS_TOKEN,
                "HUMAANS_BASE_URL",
                demo.baseUrl()),
            "seats",
            "--as-of",
            "2026-11-02",
            "--seats",
            healthySeats());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .contains("Checks: 2 run, 0 fail, 0 incomplete, 1 not applicable, 1 pass\n")
        .contains("  NOT_APPLICABLE activity-trend     1 not applicable\n")
        .contains("  PASS           reclaimable-seats  1 pass\n");
    assertThat(r.out.indexOf("NOT_APPLICABLE activity-trend"))
        .isLessThan(r.out.indexOf("PASS           reclaimable-seats"));
    assertThat(r.err).contains("2 checks, 0 not passing, 1 not applicable: exit status 0\n");
  }

  @Test
  void jsonNamesTheNotApplicableOutcome() throws IOException {
    CliRun.Result r =
        cli.run(
            Map.of(
                "HUMAANS_API_TOKEN",
                DemoServer.FULL_ACCESS_TOKEN,
                "HUMAANS_BASE_URL",
                demo.baseUrl()),
            "seats",
            "--as-of",
            "2026-11-02",
            "--seats",
            healthySeats(),
            "--format",
            "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .contains(
            "{\"checkId\": \"activity-trend\", \"title\": \"Activity trend\","
                + " \"subjectType\": \"product\", \"status\": \"NOT_APPLICABLE\", \"total\": 1,");
  }

  @Test
  void theTextReportNamesEachUnreadableSystemOnOneLine() {
    Directory directory = Directory.builder().build();
    Report report =
        Checks.run(
            CheckInput.builder()
                .directory(directory)
                .putUnreadableSystems("humaans", "the token cannot read /role-members (403)")
                .build(),
            CheckConfig.builder().asOf(LocalDate.of(2026, 11, 2)).build());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportText.print(
        report,
        null,
        HumaansAccessInput.none(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(
            "\nWarning: the accounts of humaans could not be read (the token cannot read"
                + " /role-members (403)); checks that judge accounts are INCOMPLETE.\n")
        .contains("  INCOMPLETE     access-valid ")
        .contains("  NOT_APPLICABLE activity-trend ");
  }
}
