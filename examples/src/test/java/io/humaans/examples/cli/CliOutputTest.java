package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.Sleeper;
import io.humaans.examples.demo.DemoServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard error under --verbose, --quiet and on a terminal; demo files with a file option. */
class CliOutputTest {
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

  private Map<String, String> env(String token) {
    return Map.of("HUMAANS_API_TOKEN", token, "HUMAANS_BASE_URL", demo.baseUrl());
  }

  @Test
  void verboseLogsEachRequestAndTheRetryWithTheTokenRedacted() {
    CliRun.Result r =
        cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "people", "--verbose", "--format", "csv");
    CliRun.Result again = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "people", "-v");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.err)
        .contains("http: --> GET " + demo.baseUrl() + "/token-info\n")
        .containsPattern(
            "http: --> GET " + demo.baseUrl().replace(".", "\\.") + "/people\\?\\S*\\$skip=0")
        .contains("http: Authorization: \u2588\u2588\n")
        .containsPattern("http: <-- 200 OK .*/people\\?.*\\(\\d+ ms\\)\n")
        .contains("\npeople 301/301\n");
    assertThat(r.out.lines()).hasSize(302);
    assertThat(again.err)
        .as("the demo's one 429 on the third /people request")
        .containsPattern("http: <-- 429 .*/people")
        .contains("retrying in 1.0 s");
    assertThat(r.both() + again.both()).doesNotContain(DemoServer.FULL_ACCESS_TOKEN);
  }

  @Test
  void withoutVerboseThereIsNoHttpLog() {
    CliRun.Result r = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "scopes");

    assertThat(r.status).isEqualTo(HumaansCli.OK);
    assertThat(r.err).doesNotContain("http:").doesNotContain("-->");
  }

  @Test
  void quietPrintsNothingButErrorsOnStandardError() {
    CliRun.Result report = cli.run(Map.of(), "report", "--demo", "--quiet");
    CliRun.Result people = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "people", "-q");
    CliRun.Result bad = cli.run(env("demo-wrong-token-1"), "people", "-q");

    assertThat(report.status).as(report.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(report.out).startsWith("Compliance report as of 2026-11-02\n");
    assertThat(report.err).isEmpty();
    assertThat(people.status).isEqualTo(HumaansCli.OK);
    assertThat(people.err).as("no progress, no retry note").isEmpty();
    assertThat(bad.status).isEqualTo(HumaansCli.API_ERROR);
    assertThat(bad.err).startsWith("humaans: the API rejected the token;").hasLineCount(1);
  }

  @Test
  void onATerminalProgressIsOneRewrittenLinePerResource() {
    AtomicLong nanos = new AtomicLong();
    HumaansCli terminal =
        new HumaansCli(
            Sleeper.system(),
            Clock.fixed(CliRun.NOW, ZoneOffset.UTC),
            () -> true,
            () -> nanos.addAndGet(100_000_000L));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        terminal.run(
            new String[] {"people", "--format", "json"},
            Map.of(
                "HUMAANS_API_TOKEN",
                DemoServer.FULL_ACCESS_TOKEN,
                "HUMAANS_BASE_URL",
                demo.baseUrl()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(status).as(text).isEqualTo(HumaansCli.OK);
    assertThat(text)
        .containsPattern(
            "\rpeople 250/301 rows, 1 page, \\d+ rows/s, about" + " \\d+\\.\\d s left\r")
        .containsPattern("\rpeople 301/301 rows, 2 pages, \\d+ rows/s *\n")
        .containsPattern("\rjob-roles 357/357 rows, 2 pages, \\d+ rows/s *\n")
        .doesNotContain("people 250/301\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[\n  {\n");
  }

  @Test
  void demoModeKeepsTheBundledFilesForTheOptionsNotGiven() throws IOException {
    Path waivers = dir.resolve("waivers.csv");
    Files.writeString(
        waivers,
        "checkId,subjectId,reason,expiresOn\n"
            + "offboarded-access-removed,gh-110919,Handover until December,2026-12-31\n");

    CliRun.Result r =
        cli.run(Map.of(), "access", "--demo", "--waivers", waivers.toString(), "--format", "csv");
    CliRun.Result noToken =
        cli.run(Map.of(), "seats", "--waivers", waivers.toString(), "--format", "csv");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out)
        .as("the bundled accounts are judged, the given waiver applies")
        .contains("\noffboarded-access-removed,account,gh-110919,WAIVED,ACCESS_AFTER_LEAVING,")
        .contains("\nuser-identified,account,AIDA1H04M,FAIL,UNIDENTIFIED,")
        .as("the bundled waivers are replaced by the given file");
    assertThat(noToken.status).as(noToken.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(noToken.out).contains("\nreclaimable-seats,seat,sf-0085,FAIL,HOLDER_LEFT,");
  }
}
