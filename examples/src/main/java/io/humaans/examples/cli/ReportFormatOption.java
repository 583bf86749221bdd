package io.humaans.examples.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --format} option of the commands that run checks ({@code report}, {@code seats},
 * {@code access}): text, JSON, CSV or a self-contained HTML page. A picocli mixin; the listing
 * commands keep {@link FormatOption}, which has no HTML.
 */
final class ReportFormatOption {
  @Option(
      names = "--format",
      paramLabel = "text|json|csv|html",
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
      if (value.trim().toLowerCase(Locale.ROOT).equals("html")) {
        return CliOptions.Format.HTML;
      }
      try {
        return new FormatOption.Converter().convert(value);
      } catch (TypeConversionException e) {
        throw new TypeConversionException(
            "invalid --format '" + value + "': expected text, json, csv or html");
      }
    }
  }

  /** The names offered by shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("text", "json", "csv", "html").iterator();
    }
  }
}
