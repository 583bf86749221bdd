package io.humaans.examples.cli;

import picocli.CommandLine.Option;

/**
 * The options every command has besides {@code --help} and {@code --version}: which company to
 * read and how much to say on standard error. A picocli mixin, one instance per command.
 */
final class CommonOptions {
  /** Where {@code --demo} goes in the help: first. */
  static final class Demo {
    @Option(names = "--demo", order = 10,
        description = "use the embedded demo company even if HUMAANS_API_TOKEN is set")
    boolean demo;
  }

  /** {@code --verbose} and {@code --quiet}, listed after the command's own options. */
  static final class Output {
    @Option(names = {"-v", "--verbose"}, order = 90,
        description = "log each HTTP request and response (token redacted) and each retry on"
            + " standard error")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, order = 91,
        description = "print nothing on standard error but errors")
    boolean quiet;
  }

  private CommonOptions() {}
}
