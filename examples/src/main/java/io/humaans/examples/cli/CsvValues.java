package io.humaans.examples.cli;

import io.humaans.examples.csv.CsvRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reads of CSV fields; every bad value fails with a {@link
 * io.humaans.examples.csv.CsvFormatException} naming the file, line and column. Values are trimmed;
 * a column missing from the header reads as blank.
 */
final class CsvValues {
  private CsvValues() {}

  /** Returns the trimmed value, which must not be blank. */
  static String required(CsvRecord row, String column) {
    return optional(row, column).orElseThrow(() -> row.invalid(column, "a value is required"));
  }

  /** Returns the trimmed value, or empty when the column is blank or absent from the header. */
  static Optional<String> optional(CsvRecord row, String column) {
    if (!row.values().containsKey(column)) {
      return Optional.empty();
    }
    return row.optional(column).map(String::trim);
  }

  /**
   * Reads an ISO-8601 timestamp such as {@code 2026-10-22T13:00:00.000Z} or with an offset, or a
   * date alone ({@code 2026-10-22}, as spreadsheet exports often write), read as the start of that
   * day in UTC.
   */
  static Optional<Instant> timestamp(CsvRecord row, String column) {
    Optional<String> value = optional(row, column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException notUtc) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException notOffset) {
        try {
          return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
          // The message is a contract (CompanionCsvTest); a date alone is documented as accepted.
          throw row.invalid(column, "expected an ISO-8601 timestamp such as 2026-10-22T13:00:00Z");
        }
      }
    }
  }

  /** Reads a timestamp that must be present. */
  static Instant requiredTimestamp(CsvRecord row, String column) {
    required(row, column);
    return timestamp(row, column).orElseThrow();
  }

  /** Reads a date {@code YYYY-MM-DD}. */
  static Optional<LocalDate> date(CsvRecord row, String column) {
    Optional<String> value = optional(row, column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.get()));
    } catch (DateTimeParseException e) {
      throw row.invalid(column, "expected a date YYYY-MM-DD such as 2026-12-31");
    }
  }

  /**
   * Reads {@code true}/{@code false} (also {@code yes}/{@code no}, {@code 1}/{@code 0}); blank is
   * false.
   */
  static boolean flag(CsvRecord row, String column) {
    Optional<String> value = optional(row, column);
    if (value.isEmpty()) {
      return false;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "1":
        return true;
      case "false":
      case "no":
      case "0":
        return false;
      default:
        throw row.invalid(column, "expected true or false");
    }
  }
}
