package io.humaans.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a command line with the picocli commands of {@link RootCommand}. A first pass over the
 * arguments gives the errors of the CLI's contract (exit status 2) in its words, with "did you
 * mean" for a mistyped option or command, and splits {@code --name=value}; picocli then binds the
 * values to the command's fields and answers {@code --help}, {@code --version} and {@code help
 * COMMAND}.
 */
final class CliParser {
  private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help", "-V", "--version");
  private static final String COMMANDS = " (expected report, people, scopes, seats or access)";

  private CliParser() {}

  /** A parsed command line. */
  static final class Parsed {
    private final CommandLine root;
    private final ParseResult result;
    private final CliOptions options;
    private final boolean completion;

    Parsed(CommandLine root, ParseResult result, CliOptions options, boolean completion) {
      this.root = root;
      this.result = result;
      this.options = options;
      this.completion = completion;
    }

    /**
     * Returns the options; {@link CliOptions#help} is set when the line asks for help, a version or
     * a completion script instead of a run.
     */
    CliOptions options() {
      return options;
    }

    /**
     * Prints the help, version or completion script asked for, if any.
     *
     * @param ansi whether to colour the help (on a terminal)
     * @return whether something was printed (then the program exits with status 0)
     */
    boolean printHelpIfRequested(PrintStream out, boolean ansi) {
      if (!options.help) {
        return false;
      }
      PrintWriter writer = new PrintWriter(out, true);
      root.setOut(writer);
      root.setColorScheme(Help.defaultColorScheme(ansi ? Help.Ansi.ON : Help.Ansi.OFF));
      if (completion) {
        writer.print(AutoComplete.bash(CompletionCommand.PROGRAM, root));
      } else {
        CommandLine.executeHelpRequest(result);
      }
      writer.flush();
      return true;
    }
  }

  /**
   * Parses {@code args}: an optional command first ({@code report} when none), then its options as
   * {@code --name value} or {@code --name=value}.
   *
   * @throws UsageException naming the offending argument
   */
  static Parsed parse(String[] args) throws UsageException {
    CommandLine root = RootCommand.commandLine();
    Map<String, CommandLine> commands = root.getSubcommands();
    List<String> line = new ArrayList<>();
    CommandLine target;
    int i = 0;
    boolean explicit = args.length > 0 && !args[0].startsWith("-");
    if (explicit) {
      target = commands.get(args[0]);
      if (target == null) {
        throw new UsageException(unknownCommand(args[0], commands.keySet()));
      }
      line.add(args[0]);
      i = 1;
    } else if (args.length > 0 && Arrays.stream(args).allMatch(ROOT_FLAGS::contains)) {
      target = root;
    } else {
      target =
          requireNonNull(commands.get(RootCommand.DEFAULT_COMMAND), RootCommand.DEFAULT_COMMAND);
      line.add(RootCommand.DEFAULT_COMMAND);
    }
    CommandSpec spec = target.getCommandSpec();
    Set<String> given = new HashSet<>();
    boolean helpTopicGiven = false;
    for (; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (target.getCommand() instanceof HelpCommand && !helpTopicGiven) {
          if (!commands.containsKey(arg)) {
            throw new UsageException(unknownCommand(arg, commands.keySet()));
          }
          helpTopicGiven = true;
          line.add(arg);
          continue;
        }
        throw new UsageException(
            "unexpected argument '" + arg + "'" + (explicit ? "" : " (the command comes first)"));
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      OptionSpec option = spec.optionsMap().get(name);
      if (option == null) {
        throw new UsageException(unknownOption(name, spec, root));
      }
      if (option.arity().max() == 0) {
        if (value != null) {
          throw new UsageException("option " + name + " takes no value");
        }
        line.add(name);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("option " + name + " needs a value");
        }
        value = args[++i];
      }
      if (!option.isMultiValue() && !given.add(option.longestName())) {
        throw new UsageException("option " + name + " given twice");
      }
      if (value.isBlank()) {
        throw new UsageException("option " + name + " needs a non-empty value");
      }
      line.add(name);
      line.add(value);
    }
    return bind(root, line);
  }

  private static String unknownCommand(String name, Set<String> commands) {
    List<String> close = Suggestions.close(name, commands);
    return "unknown command '"
        + name
        + "'"
        + (close.isEmpty() ? "" : ": did you mean " + String.join(" or ", close) + "?")
        + COMMANDS;
  }

  private static String unknownOption(String name, CommandSpec spec, CommandLine root) {
    for (CommandLine other : root.getSubcommands().values()) {
      if (other.getCommandSpec().optionsMap().containsKey(name)) {
        return "option " + name + " does not apply to '" + spec.name() + "'";
      }
    }
    return "unknown option '"
        + name
        + "'"
        + Suggestions.didYouMean(name, spec.optionsMap().keySet());
  }

  private static Parsed bind(CommandLine root, List<String> line) throws UsageException {
    ParseResult result;
    try {
      result = root.parseArgs(line.toArray(String[]::new));
    } catch (ParameterException e) {
      @Nullable Throwable cause = e.getCause();
      throw new UsageException(
          cause instanceof TypeConversionException
              ? String.valueOf(cause.getMessage())
              : String.valueOf(e.getMessage()));
    }
    ParseResult sub = result.subcommand();
    Object command = sub == null ? root.getCommand() : sub.commandSpec().userObject();
    if (command instanceof CliCommand) {
      boolean help = sub.isUsageHelpRequested() || sub.isVersionHelpRequested();
      return new Parsed(root, result, ((CliCommand) command).options(help), false);
    }
    boolean completion =
        command instanceof CompletionCommand
            && !sub.isUsageHelpRequested()
            && !sub.isVersionHelpRequested();
    return new Parsed(root, result, new ReportCommand().options(true), completion);
  }
}
