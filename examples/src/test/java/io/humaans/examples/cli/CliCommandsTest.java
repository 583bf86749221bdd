package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, suggestions and completion: nothing here reads the directory. */
class CliCommandsTest {
  private final CliRun cli = new CliRun();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"report", "people", "scopes", "seats", "access"})
  void everyCommandHasItsOwnHelpWithExamples(String command) {
    CliRun.Result viaOption = cli.run(Map.of(), command, "--help");
    CliRun.Result viaHelp = cli.run(Map.of(), "help", command);
    CliRun.Result viaShort = cli.run(Map.of(), command, "-h");

    assertThat(viaOption.status).as(viaOption.toString()).isEqualTo(HumaansCli.OK);
    assertThat(viaOption.out)
        .startsWith(
            "Usage: java -jar humaans-examples.jar "
                + (command.equals("report") ? "[report]" : command)
                + " [OPTIONS]\n")
        .contains("\nExamples:\n  java -jar humaans-examples.jar " + command + " --demo\n")
        .contains("      --demo ")
        .doesNotContain("\nCommands:");
    assertThat(viaOption.err).isEmpty();
    assertThat(viaHelp.out).isEqualTo(viaOption.out);
    assertThat(viaShort.out).isEqualTo(viaOption.out);
  }

  @Test
  void eachCommandListsOnlyItsOptions() {
    String people = cli.run(Map.of(), "people", "--help").out;
    String scopes = cli.run(Map.of(), "scopes", "--help").out;
    String access = cli.run(Map.of(), "access", "--help").out;

    assertThat(people)
        .contains("--as-of YYYY-MM-DD")
        .doesNotContain("--seats")
        .doesNotContain("--accounts");
    assertThat(scopes).contains("--format text|json ").doesNotContain("--as-of");
    assertThat(access)
        .contains("--accounts FILE.csv", "--policy FILE.csv", "--waivers FILE.csv")
        .doesNotContain("--seats")
        .doesNotContain("--exempt-title");
  }

  @Test
  void programHelpListsCommandsAndTheDefaultCommandsOptions() {
    CliRun.Result r = cli.run(Map.of(), "--help");
    CliRun.Result help = cli.run(Map.of(), "help");

    assertThat(r.out)
        .contains(
            "\nCommands:\n  report ",
            "\n  generate-completion ",
            "\nOptions (of report, the default command):\n",
            "      --exempt-title PATTERN ",
            "\nEnvironment:\n  HUMAANS_API_TOKEN ");
    assertThat(help.out).isEqualTo(r.out);
  }

  @Test
  void versionIsTheProjectVersion() throws Exception {
    String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
    Matcher parent =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertThat(parent.find()).isTrue();

    CliRun.Result r = cli.run(Map.of(), "--version");
    CliRun.Result onCommand = cli.run(Map.of(), "report", "-V");

    assertThat(r.status).isEqualTo(HumaansCli.OK);
    assertThat(r.out).isEqualTo("humaans " + parent.group(1) + "\n");
    assertThat(onCommand.out).isEqualTo(r.out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "report --as-off 2026-11-02 | unknown option '--as-off' (did you mean --as-of?)",
        "--fromat json | unknown option '--fromat' (did you mean --format?)",
        "seats --event e.csv | unknown option '--event' (did you mean --events?)",
        "access --acc a.csv | unknown option '--acc' (did you mean --accounts?)",
        "report --verbse | unknown option '--verbse' (did you mean --verbose?)",
        "reprot --demo | unknown command 'reprot': did you mean report? (expected report, people,"
            + " scopes, seats or access)",
        "help acess | unknown command 'acess': did you mean access? (expected report, people,"
            + " scopes, seats or access)",
        "people --policy p.csv | option --policy does not apply to 'people'",
      })
  void typoGetsASuggestionAndExitTwo(String line, String message) {
    CliRun.Result r = cli.run(Map.of(), line.trim().split(" "));

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err).isEqualTo("humaans: " + message + "\nRun with --help for usage.\n");
    assertThat(r.out).isEmpty();
  }

  @Test
  void completionScriptCoversCommandsOptionsAndFormats() {
    CliRun.Result r = cli.run(Map.of(), "generate-completion");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .startsWith("#!/usr/bin/env bash")
        .contains(
            "complete -F _complete_humaans",
            "commands=\"report people scopes seats access help generate-completion\"",
            "'--exempt-title'",
            "'--as-of'",
            "(\"text\" \"json\" \"csv\") # --format values",
            "(\"text\" \"json\") # --format values",
            "compgen -f");
    assertThat(r.err).isEmpty();
  }

  @Test
  void verboseAndQuietAreParsedForEveryCommand() throws UsageException {
    CliOptions verbose = CliOptions.parse(new String[] {"people", "-v"});
    CliOptions quiet = CliOptions.parse(new String[] {"--quiet", "--demo"});

    assertThat(verbose.verbose).isTrue();
    assertThat(verbose.quiet).isFalse();
    assertThat(quiet.command).isEqualTo(CliOptions.Command.REPORT);
    assertThat(quiet.quiet).isTrue();
    assertThat(quiet.demo).isTrue();
  }
}
