package io.humaans.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The program itself: {@code --help}, {@code --version} and the commands. Options given without a
 * command belong to {@code report}, the default command, so the program's help lists those.
 */
@Command(
    name = CompletionCommand.PROGRAM,
    versionProvider = BuildVersion.class,
    separator = " ",
    descriptionHeading = "%n",
    customSynopsis = "java -jar humaans-examples.jar [COMMAND] [OPTIONS]",
    description =
        "Reads the people directory from Humaans and runs compliance, access and"
            + " licence checks.",
    commandListHeading = "%nCommands:%n",
    subcommands = {
      ReportCommand.class,
      PeopleCommand.class,
      ScopesCommand.class,
      SeatsCommand.class,
      AccessCommand.class,
      HelpCommand.class,
      CompletionCommand.class
    },
    footer = {
      "",
      "Run 'java -jar humaans-examples.jar help COMMAND' for a command's options and"
          + " examples.",
      "",
      Usage.ENVIRONMENT,
      "",
      Usage.EXIT_ALL
    })
final class RootCommand {
  @Mixin CommonOptions.Help help = new CommonOptions.Help();

  /** The name of the default command. */
  static final String DEFAULT_COMMAND = "report";

  /**
   * Returns a new command line of the program, configured as the CLI parses: option values may look
   * like options ({@code --as-of --demo} is a bad date, as before) or start with {@code @}, and an
   * option given twice is rejected by {@link CliParser} first.
   */
  static CommandLine commandLine() {
    CommandLine root = new CommandLine(new RootCommand());
    root.setAllowOptionsAsOptionParameters(true);
    root.setOverwrittenOptionsAllowed(true);
    root.setExpandAtFiles(false); // --accounts @a.csv names a file, not an argument file
    root.setUsageHelpLongOptionsMaxWidth(28);
    requireNonNull(root.getSubcommands().get("help"), "help")
        .getCommandSpec()
        .usageMessage()
        .header("Shows the help of a command, e.g. help report.");
    CommandLine report =
        requireNonNull(root.getSubcommands().get(DEFAULT_COMMAND), DEFAULT_COMMAND);
    UsageMessageSpec usage = root.getCommandSpec().usageMessage();
    usage
        .sectionMap()
        .put(
            UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
            help -> help.createHeading("%nOptions (of report, the default command):%n"));
    usage
        .sectionMap()
        .put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> report.getHelp().optionList());
    List<String> sections = new ArrayList<>(usage.sectionKeys());
    sections.remove(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING);
    sections.remove(UsageMessageSpec.SECTION_KEY_OPTION_LIST);
    int commands = sections.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1;
    sections.add(commands, UsageMessageSpec.SECTION_KEY_OPTION_LIST);
    sections.add(commands, UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING);
    usage.sectionKeys(sections);
    return root;
  }
}
