package io.humaans.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code seats}: the licence checks. */
@Command(
    name = "seats",
    versionProvider = BuildVersion.class,
    separator = " ",
    sortOptions = false,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    customSynopsis = "java -jar humaans-examples.jar seats [OPTIONS]",
    description = {
      "Runs the licence checks on --seats and --events.",
      "The checks: reclaimable-seats and activity-trend. Outside demo mode --seats or",
      "--events is required."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar humaans-examples.jar seats --demo",
      "  java -jar humaans-examples.jar seats --seats seats.csv --events ev.csv",
      "",
      Usage.EXIT_CHECKS
    })
final class SeatsCommand implements CliCommand {
  @Mixin CommonOptions.Demo demo = new CommonOptions.Demo();
  @Mixin AsOfOption asOf = new AsOfOption();
  @Mixin ReportFormatOption format = new ReportFormatOption();
  @Mixin FileOptions.Seats seats = new FileOptions.Seats();
  @Mixin FileOptions.Waivers waivers = new FileOptions.Waivers();
  @Mixin BaselineOptions baseline = new BaselineOptions();
  @Mixin CommonOptions.Output output = new CommonOptions.Output();

  @Override
  public CliOptions options(boolean help) {
    return CliOptions.builder(CliOptions.Command.SEATS, demo, output)
        .help(help)
        .asOf(asOf)
        .format(format.orText())
        .seats(seats)
        .waivers(waivers)
        .baseline(baseline)
        .build();
  }
}
