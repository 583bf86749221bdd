package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliOptionsTest {

  @Test
  void defaultsToTextReportWithoutDate() throws UsageException {
    CliOptions options = CliOptions.parse(new String[0]);

    assertThat(options.command).isEqualTo(CliOptions.Command.REPORT);
    assertThat(options.format).isEqualTo(CliOptions.Format.TEXT);
    assertThat(options.asOf).isEmpty();
    assertThat(options.demo).isFalse();
    assertThat(options.anyFile()).isFalse();
  }

  @Test
  void acceptsSeparateAndEqualsValuesAndRepeatedTitles() throws UsageException {
    CliOptions options =
        CliOptions.parse(
            new String[] {
              "report",
              "--as-of=2026-11-02",
              "--format",
              "JSON",
              "--seats",
              "s.csv",
              "--exempt-title",
              "Chief of Staff",
              "--exempt-title=Head of *",
              "--demo"
            });

    assertThat(options.asOf).contains(LocalDate.of(2026, 11, 2));
    assertThat(options.format).isEqualTo(CliOptions.Format.JSON);
    assertThat(options.seats).contains(Path.of("s.csv"));
    assertThat(options.exemptTitles).containsExactly("Chief of Staff", "Head of *");
    assertThat(options.demo).isTrue();
    assertThat(options.anyFile()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "report --nope | unknown option '--nope'",
        "audit | unknown command 'audit' (expected report, people, scopes, seats or access)",
        "--demo report | unexpected argument 'report' (the command comes first)",
        "report people | unexpected argument 'people'",
        "report --as-of | option --as-of needs a value",
        "report --format xml | invalid --format 'xml': expected text, json, csv or html",
        "people --format html | invalid --format 'html': expected text, json or csv",
        "report --demo=yes | option --demo takes no value",
        "report --seats a.csv --seats b.csv | option --seats given twice",
        "people --seats a.csv | option --seats does not apply to 'people'",
        "access --exempt-title CEO | option --exempt-title does not apply to 'access'",
        "scopes --format csv | 'scopes' prints text or json, not csv",
      })
  void rejectsBadCommandLines(String line, String message) {
    assertThatThrownBy(() -> CliOptions.parse(line.trim().split(" ")))
        .isInstanceOf(UsageException.class)
        .hasMessage(message);
  }

  @Test
  void valuesMayLookLikeOptionsOrArgumentFiles() throws UsageException {
    CliOptions options =
        CliOptions.parse(
            new String[] {
              "access", "--accounts", "@a.csv", "--policy=-p.csv", "--waivers", "--demo"
            });

    assertThat(options.accounts).contains(Path.of("@a.csv"));
    assertThat(options.policy).contains(Path.of("-p.csv"));
    assertThat(options.waivers).contains(Path.of("--demo"));
    assertThat(options.demo).isFalse();
    assertThatThrownBy(() -> CliOptions.parse(new String[] {"report", "--as-of", "--demo"}))
        .isInstanceOf(UsageException.class)
        .hasMessage("invalid --as-of '--demo': expected a date YYYY-MM-DD such as 2026-11-02");
  }

  @Test
  void blankValuesAndShortFlagsWithValuesAreRejected() {
    assertThatThrownBy(() -> CliOptions.parse(new String[] {"report", "--as-of="}))
        .isInstanceOf(UsageException.class)
        .hasMessage("option --as-of needs a non-empty value");
    assertThatThrownBy(() -> CliOptions.parse(new String[] {"people", "--quiet=yes"}))
        .isInstanceOf(UsageException.class)
        .hasMessage("option --quiet takes no value");
    assertThatThrownBy(() -> CliOptions.parse(new String[] {"people", "-vq"}))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '-vq'");
  }
}
