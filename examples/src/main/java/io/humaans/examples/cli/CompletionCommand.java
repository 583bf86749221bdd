package io.humaans.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code generate-completion}: prints the bash/zsh completion script (picocli AutoComplete). */
@Command(
    name = "generate-completion",
    versionProvider = BuildVersion.class,
    separator = " ",
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    customSynopsis = "java -jar humaans-examples.jar generate-completion",
    description = {
      "Prints a bash or zsh completion script.",
      "It completes the commands, options, --format values and file names of the",
      "command humaans (an alias of java -jar humaans-examples.jar)."
    },
    footer = {
      "",
      "Example (bash; zsh: run 'autoload -U +X bashcompinit && bashcompinit' first):",
      "  alias humaans='java -jar /path/to/humaans-examples.jar'",
      "  source <(humaans generate-completion)"
    })
final class CompletionCommand {
  /** The command name the script completes. */
  static final String PROGRAM = "humaans";

  @Mixin CommonOptions.Help help = new CommonOptions.Help();
}
