package io.humaans.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code access}: the access checks of critical systems. */
@Command(
    name = "access",
    versionProvider = BuildVersion.class,
    separator = " ",
    sortOptions = false,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    customSynopsis = "java -jar humaans-examples.jar access [OPTIONS]",
    description = {
      "Runs the access checks on Humaans roles, --accounts and --policy.",
      "The checks: user-identified, offboarded-access-removed, access-valid and",
      "one-account-per-person. Who holds which Humaans role is read as system",
      "humaans unless --no-humaans-access; then, outside demo mode, --accounts is",
      "required."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar humaans-examples.jar access --demo",
      "  java -jar humaans-examples.jar access --accounts github.csv \\",
      "      --policy policy.csv",
      "  java -jar humaans-examples.jar access --policy policy.csv",
      "",
      Usage.EXIT_CHECKS
    })
final class AccessCommand implements CliCommand {
  @Mixin CommonOptions.Demo demo = new CommonOptions.Demo();
  @Mixin AsOfOption asOf = new AsOfOption();
  @Mixin ReportFormatOption format = new ReportFormatOption();
  @Mixin FileOptions.Access access = new FileOptions.Access();
  @Mixin FileOptions.Waivers waivers = new FileOptions.Waivers();
  @Mixin BaselineOptions baseline = new BaselineOptions();
  @Mixin CommonOptions.Output output = new CommonOptions.Output();

  @Override
  public CliOptions options(boolean help) {
    return CliOptions.builder(CliOptions.Command.ACCESS, demo, output)
        .help(help)
        .asOf(asOf)
        .format(format.orText())
        .access(access)
        .waivers(waivers)
        .baseline(baseline)
        .build();
  }
}
