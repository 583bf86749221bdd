package io.humaans.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: every check on the directory plus the given files; the default command. */
@Command(
    name = "report",
    versionProvider = BuildVersion.class,
    separator = " ",
    sortOptions = false,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    customSynopsis = "java -jar humaans-examples.jar [report] [OPTIONS]",
    description = {
      "Runs every check on the people directory and the given files (default).",
      "In demo mode each file option not given uses the bundled demo file."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar humaans-examples.jar report --demo",
      "  java -jar humaans-examples.jar report --accounts github.csv \\",
      "      --policy policy.csv --seats seats.csv --format json > report.json",
      "  java -jar humaans-examples.jar report --format html > report.html",
      "  java -jar humaans-examples.jar report --format json \\",
      "      --baseline yesterday.json --fail-on new > today.json",
      "",
      Usage.EXIT_CHECKS
    })
final class ReportCommand implements CliCommand {
  @Mixin CommonOptions.Demo demo = new CommonOptions.Demo();
  @Mixin AsOfOption asOf = new AsOfOption();
  @Mixin ReportFormatOption format = new ReportFormatOption();
  @Mixin FileOptions.Access access = new FileOptions.Access();
  @Mixin FileOptions.Seats seats = new FileOptions.Seats();
  @Mixin FileOptions.Waivers waivers = new FileOptions.Waivers();
  @Mixin BaselineOptions baseline = new BaselineOptions();

  @Option(
      names = "--exempt-title",
      paramLabel = "PATTERN",
      order = 70,
      description = "add a top-management title pattern (repeatable)")
  List<String> exemptTitles = new ArrayList<>();

  @Mixin CommonOptions.Output output = new CommonOptions.Output();

  @Override
  public CliOptions options(boolean help) {
    return CliOptions.builder(CliOptions.Command.REPORT, demo, output)
        .help(help)
        .asOf(asOf)
        .format(format.orText())
        .access(access)
        .seats(seats)
        .waivers(waivers)
        .baseline(baseline)
        .exemptTitles(exemptTitles)
        .build();
  }
}
