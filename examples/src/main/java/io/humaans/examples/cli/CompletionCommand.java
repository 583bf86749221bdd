package io.humaans.examples.cli;

import picocli.CommandLine.Command;

/** {@code generate-completion}: prints the bash/zsh completion script (picocli AutoComplete). */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class, separator = " ",
    customSynopsis = "java -jar humaans-examples.jar generate-completion",
    description = {"Prints a bash or zsh completion script for the command humaans.",
        "The script completes commands, options, --format values and file names."},
    footer = {"", "Example (bash; in zsh run 'autoload -U +X bashcompinit && bashcompinit' first):",
        "  alias humaans='java -jar /path/to/humaans-examples.jar'",
        "  source <(humaans generate-completion)"})
final class CompletionCommand {
  /** The command name the script completes. */
  static final String PROGRAM = "humaans";
}
