package io.humaans.examples.csv;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of a CSV file, keyed by the header's column names, with the line it starts on.
 * Values are kept exactly as written (not trimmed). Instances are immutable and thread-safe.
 */
public final class CsvRecord {
  private final String source;
  private final int line;
  private final Map<String, String> values;
  private final Map<String, Integer> columns;

  CsvRecord(
      String source,
      int line,
      List<String> header,
      List<String> fields,
      List<Integer> fieldColumns) {
    this.source = source;
    this.line = line;
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), fields.get(i));
      columns.put(header.get(i), fieldColumns.get(i));
    }
    this.values = Collections.unmodifiableMap(values);
    this.columns = Collections.unmodifiableMap(columns);
  }

  /**
   * Returns the 1-based line the record starts on (the header is line 1 unless blank lines precede
   * it).
   */
  public int line() {
    return line;
  }

  /**
   * Returns the value of a column, possibly empty.
   *
   * @throws IllegalArgumentException if the header has no such column
   */
  public String get(String column) {
    String value = values.get(column);
    if (value == null) {
      throw new IllegalArgumentException(
          "no column '"
              + column
              + "' in "
              + source
              + " (columns: "
              + String.join(", ", values.keySet())
              + ")");
    }
    return value;
  }

  /**
   * Returns the value of a column, or empty when it is blank (only whitespace).
   *
   * @throws IllegalArgumentException if the header has no such column
   */
  public Optional<String> optional(String column) {
    String value = get(column);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** Returns all values keyed by column name, in header order; unmodifiable. */
  public Map<String, String> values() {
    return values;
  }

  /**
   * Returns a {@link CsvFormatException} for a bad value in this record, naming the source, this
   * record's line and the column where the field starts. The caller throws it.
   *
   * @throws IllegalArgumentException if the header has no such column
   */
  public CsvFormatException invalid(String column, String problem) {
    get(column);
    int at = requireNonNull(columns.get(column), column); // get(column) threw if it is unknown
    return new CsvFormatException(
        source, line, at, "invalid " + column + " '" + values.get(column) + "': " + problem);
  }

  @Override
  public String toString() {
    return source + ":" + line + " " + values;
  }
}
