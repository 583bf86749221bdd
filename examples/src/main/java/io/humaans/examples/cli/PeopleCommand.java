package io.humaans.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code people}: the directory as a table, JSON or CSV. */
@Command(
    name = "people",
    versionProvider = BuildVersion.class,
    separator = " ",
    sortOptions = false,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    customSynopsis = "java -jar humaans-examples.jar people [OPTIONS]",
    description = {
      "Lists people with status, job title and manager.",
      "One row per person, sorted by name, with the job role current on --as-of."
    },
    footer = {
      "",
      "JSON: an array of objects id, name, email, status, jobTitle, department,",
      "managerId, manager (null when blank). CSV: the same columns with a header row.",
      "",
      "Examples:",
      "  java -jar humaans-examples.jar people --demo",
      "  java -jar humaans-examples.jar people --format csv > people.csv",
      "",
      Usage.EXIT_LISTING
    })
final class PeopleCommand implements CliCommand {
  @Mixin CommonOptions.Demo demo = new CommonOptions.Demo();
  @Mixin AsOfOption asOf = new AsOfOption();
  @Mixin FormatOption format = new FormatOption();
  @Mixin CommonOptions.Output output = new CommonOptions.Output();

  @Override
  public CliOptions options(boolean help) {
    return CliOptions.builder(CliOptions.Command.PEOPLE, demo, output)
        .help(help)
        .asOf(asOf)
        .format(format.orText())
        .build();
  }
}
