package io.humaans.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --baseline} and {@code --fail-on}: compare with an earlier JSON report and choose what
 * makes the exit status 1. A picocli mixin of the commands that run checks.
 */
final class BaselineOptions {
  @Option(
      names = "--baseline",
      paramLabel = "PREVIOUS.json",
      order = 65,
      description = "earlier JSON report to compare with: new and resolved failures")
  @Nullable Path baseline;

  @Option(
      names = "--fail-on",
      paramLabel = "any|new",
      order = 66,
      converter = Converter.class,
      completionCandidates = Names.class,
      description =
          "exit 1 on any failure (default), or only on new failures and" + " incomplete checks")
  CliOptions.@Nullable FailOn failOn;

  /** Parses {@code any} or {@code new} in any case; the message is the CLI's contract. */
  static final class Converter implements ITypeConverter<CliOptions.FailOn> {
    @Override
    public CliOptions.FailOn convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "any":
          return CliOptions.FailOn.ANY;
        case "new":
          return CliOptions.FailOn.NEW;
        default:
          throw new TypeConversionException(
              "invalid --fail-on '" + value + "': expected any or new");
      }
    }
  }

  /** The names offered by shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("any", "new").iterator();
    }
  }
}
