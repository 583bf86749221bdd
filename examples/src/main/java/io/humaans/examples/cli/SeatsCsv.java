package io.humaans.examples.cli;

import io.humaans.checks.model.Seat;
import io.humaans.examples.csv.CsvFormatException;
import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads licence seats from CSV: columns {@code product,seatId,email,assignedAt}, optionally {@code
 * lastActivityAt} (blank = never used).
 *
 * <pre>{@code
 * product,seatId,email,assignedAt,lastActivityAt
 * figma,fig-0001,ada@example.com,2024-01-15T10:00:00Z,2026-10-29T10:07:00Z
 * }</pre>
 *
 * <p>{@code product} and {@code seatId} are required; timestamps are ISO-8601, or a date alone
 * ({@code 2026-01-05}) read as the start of that day in UTC. Any problem fails with a {@link
 * CsvFormatException} naming the file, line and column. Stateless and thread-safe.
 */
public final class SeatsCsv {
  /** The columns the header must contain. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("product", "seatId", "email", "assignedAt");

  /** The columns the header may contain. */
  public static final List<String> OPTIONAL_COLUMNS = List.of("lastActivityAt");

  private SeatsCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Seat> read(Path file) throws IOException {
    return map(CsvReader.read(file, REQUIRED_COLUMNS, OPTIONAL_COLUMNS).records());
  }

  /**
   * Parses CSV text.
   *
   * @param source the file name used in error messages
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Seat> parse(String source, String text) {
    return map(CsvReader.parse(source, text, REQUIRED_COLUMNS, OPTIONAL_COLUMNS).records());
  }

  private static List<Seat> map(List<CsvRecord> rows) {
    List<Seat> seats = new ArrayList<>(rows.size());
    for (CsvRecord row : rows) {
      Seat.Builder seat =
          Seat.builder()
              .product(CsvValues.required(row, "product"))
              .id(CsvValues.required(row, "seatId"));
      CsvValues.optional(row, "email").ifPresent(seat::email);
      CsvValues.timestamp(row, "assignedAt").ifPresent(seat::assignedAt);
      CsvValues.timestamp(row, "lastActivityAt").ifPresent(seat::lastActivityAt);
      seats.add(seat.build());
    }
    return seats;
  }
}
