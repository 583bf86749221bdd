package io.humaans.examples.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} option of the commands that print text, JSON or CSV. A picocli mixin. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "text|json|csv",
      order = 30,
      converter = Converter.class,
      completionCandidates = Names.class,
      description = "output format (default text)")
  CliOptions.@Nullable Format format;

  /** Returns the format given, or text. */
  CliOptions.Format orText() {
    return format == null ? CliOptions.Format.TEXT : format;
  }

  /** Parses a format name in any case; the message is the CLI's contract. */
  static final class Converter implements ITypeConverter<CliOptions.Format> {
    @Override
    public CliOptions.Format convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "text":
          return CliOptions.Format.TEXT;
        case "json":
          return CliOptions.Format.JSON;
        case "csv":
          return CliOptions.Format.CSV;
        default:
          throw new TypeConversionException(
              "invalid --format '" + value + "': expected text, json or csv");
      }
    }
  }

  /** The names offered by shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("text", "json", "csv").iterator();
    }
  }
}
