package io.humaans.examples.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command has besides {@code --help} and {@code --version}: which company to read
 * and how much to say on standard error. A picocli mixin, one instance per command.
 */
final class CommonOptions {
  /** Where {@code --demo} goes in the help: first. */
  static final class Demo {
    @Option(
        names = "--demo",
        order = 10,
        description = "use the embedded demo company even if HUMAANS_API_TOKEN is set")
    boolean demo;
  }

  /**
   * {@code --verbose}, {@code --quiet}, {@code --help} and {@code --version}, listed after the
   * command's own options.
   */
  static final class Output {
    @Option(
        names = {"-v", "--verbose"},
        order = 90,
        description =
            "log each HTTP request and response (token redacted) and each retry on"
                + " standard error")
    boolean verbose;

    @Option(
        names = {"-q", "--quiet"},
        order = 91,
        description = "print nothing on standard error but errors")
    boolean quiet;

    @Mixin Help help = new Help();
  }

  /** {@code --help} and {@code --version}: every command has them, the program itself too. */
  static final class Help {
    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        order = 98,
        description = "show this help and exit")
    boolean help;

    @Option(
        names = {"-V", "--version"},
        versionHelp = true,
        order = 99,
        description = "print the version and exit")
    boolean version;
  }

  private CommonOptions() {}
}
