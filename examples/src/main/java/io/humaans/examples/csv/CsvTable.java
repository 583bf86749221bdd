package io.humaans.examples.csv;

import java.util.List;

/**
 * The parsed content of a CSV file: its source label, header and data records. Instances are
 * immutable and thread-safe.
 */
public final class CsvTable {
  private final String source;
  private final List<String> header;
  private final List<CsvRecord> records;
  private final char delimiter;

  CsvTable(String source, List<String> header, List<CsvRecord> records, char delimiter) {
    this.source = source;
    this.header = List.copyOf(header);
    this.records = List.copyOf(records);
    this.delimiter = delimiter;
  }

  /** Returns the field delimiter detected from the header row: {@code ','}, {@code ';'} or tab. */
  public char delimiter() {
    return delimiter;
  }

  /** Returns the file name or label the table was read from. */
  public String source() {
    return source;
  }

  /** Returns the column names in file order (trimmed); unmodifiable. */
  public List<String> header() {
    return header;
  }

  /** Returns the data records in file order, without blank lines; unmodifiable. */
  public List<CsvRecord> records() {
    return records;
  }

  @Override
  public String toString() {
    return "CsvTable["
        + source
        + ", "
        + header.size()
        + " columns, "
        + records.size()
        + " records]";
  }
}
