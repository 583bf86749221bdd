package io.humaans.examples.cli;

import io.humaans.checks.model.ActivityEvent;
import io.humaans.examples.csv.CsvFormatException;
import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads product activity events from CSV: columns {@code email,product,timestamp}.
 *
 * <pre>{@code
 * email,product,timestamp
 * ada@example.com,figma,2026-10-29T10:07:00Z
 * }</pre>
 *
 * <p>{@code product} and {@code timestamp} (ISO-8601, or a date alone read as the start of that day
 * in UTC) are required; a blank email is kept as unknown. Any problem fails with a {@link
 * CsvFormatException} naming the file, line and column. Stateless and thread-safe.
 */
public final class EventsCsv {
  /** The columns the header must contain. */
  public static final List<String> REQUIRED_COLUMNS = List.of("email", "product", "timestamp");

  private EventsCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is malformed
   */
  public static List<ActivityEvent> read(Path file) throws IOException {
    return map(CsvReader.read(file, REQUIRED_COLUMNS.toArray(String[]::new)).records());
  }

  /**
   * Parses CSV text.
   *
   * @param source the file name used in error messages
   * @throws CsvFormatException if the content is malformed
   */
  public static List<ActivityEvent> parse(String source, String text) {
    return map(CsvReader.parse(source, text, REQUIRED_COLUMNS.toArray(String[]::new)).records());
  }

  private static List<ActivityEvent> map(List<CsvRecord> rows) {
    List<ActivityEvent> events = new ArrayList<>(rows.size());
    for (CsvRecord row : rows) {
      ActivityEvent.Builder event =
          ActivityEvent.builder()
              .product(CsvValues.required(row, "product"))
              .timestamp(CsvValues.requiredTimestamp(row, "timestamp"));
      CsvValues.optional(row, "email").ifPresent(event::email);
      events.add(event.build());
    }
    return events;
  }
}
