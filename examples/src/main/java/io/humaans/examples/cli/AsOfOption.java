package io.humaans.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --as-of} option: the evaluation date. A picocli mixin. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      order = 20,
      converter = DateConverter.class,
      description = "evaluation date (default: today in UTC; demo: 2026-11-02)")
  @Nullable LocalDate asOf;

  /** Parses {@code YYYY-MM-DD}; the message is the CLI's contract. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "invalid --as-of '" + value + "': expected a date YYYY-MM-DD such as 2026-11-02");
      }
    }
  }
}
