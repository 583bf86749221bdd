package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong nanos = new AtomicLong();

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void terminalRewritesOneLinePerResourceWithPagesRateAndTimeLeft() {
    Diagnostics d = new Diagnostics(err, false, false, true, nanos::get);
    d.startReading();
    nanos.set(500_000_000L);
    d.progress("people", 250, OptionalInt.of(600));
    nanos.set(1_000_000_000L);
    d.progress("people", 500, OptionalInt.of(600));
    d.note("retrying in 1.0 s");
    nanos.set(1_200_000_000L);
    d.progress("people", 600, OptionalInt.of(600));
    nanos.set(1_700_000_000L);
    d.progress("job-roles", 100, OptionalInt.empty());
    d.endProgress();

    String first = "people 250/600 rows, 1 page, 500 rows/s, about 0.7 s left";
    String second = "people 500/600 rows, 2 pages, 500 rows/s, about 0.2 s left";
    assertThat(written())
        .isEqualTo(
            "\r"
                + first
                + "\r"
                + second
                + "\r"
                + " ".repeat(second.length())
                + "\r"
                + "retrying in 1.0 s\n"
                + "\rpeople 600/600 rows, 3 pages, 500 rows/s\n"
                + "\rjob-roles 100 rows, 1 page, 200 rows/s\n");
  }

  @Test
  void shorterLineBlanksTheRestOfTheLongerOne() {
    Diagnostics d = new Diagnostics(err, false, false, true, nanos::get);
    nanos.set(1_000_000_000L);
    d.progress("people", 250, OptionalInt.of(100_000));
    nanos.set(2_000_000_000L);
    d.progress("people", 300, OptionalInt.empty());

    String first = "people 250/100000 rows, 1 page, 250 rows/s, about 399.0 s left";
    String second = "people 300 rows, 2 pages, 150 rows/s";
    assertThat(written())
        .isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()));
  }

  @Test
  void elsewhereEachPageIsAPlainLine() {
    Diagnostics d = new Diagnostics(err, false, false, false, nanos::get);
    d.progress("people", 250, OptionalInt.of(301));
    d.progress("people", 301, OptionalInt.of(301));
    d.progress("job-roles", 7, OptionalInt.empty());
    d.endProgress();

    assertThat(written()).isEqualTo("people 250/301\npeople 301/301\njob-roles 7\n");
  }

  @Test
  void quietKeepsOnlyErrors() {
    Diagnostics d = new Diagnostics(err, true, true, true, nanos::get);
    d.progress("people", 250, OptionalInt.of(301));
    d.note("warning: x");
    d.http("--> GET https://example.test/api/people");
    d.endProgress();
    d.error("humaans: boom");

    assertThat(d.verbose()).as("--quiet wins over --verbose").isFalse();
    assertThat(written()).isEqualTo("humaans: boom\n");
  }

  @Test
  void httpLinesOnlyWhenVerbose() {
    new Diagnostics(err, false, false, false, nanos::get).http("--> GET /a");
    new Diagnostics(err, false, true, false, nanos::get).http("--> GET /b");

    assertThat(written()).isEqualTo("http: --> GET /b\n");
  }
}
