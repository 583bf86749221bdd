package io.humaans.examples.csv;

import java.util.List;

/**
 * Rejects a header name that differs from a known column only in case ({@code deactivatedat} for
 * {@code deactivatedAt}) while the exact name is absent: the reader would otherwise treat it as an
 * extra column and ignore its values.
 */
final class ColumnCase {
  private ColumnCase() {}

  /**
   * Checks the header names against the known columns.
   *
   * @param source the label used in error messages
   * @param line the header's line
   * @param header the trimmed header names
   * @param columns the column each header name starts at
   * @param known the columns the reader of the file understands
   * @throws CsvFormatException at the first name that is a known column in another case
   */
  static void check(
      String source, int line, List<String> header, List<Integer> columns, List<String> known) {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      for (String column : known) {
        if (!name.equals(column) && name.equalsIgnoreCase(column) && !header.contains(column)) {
          throw new CsvFormatException(
              source,
              line,
              columns.get(i),
              "column '"
                  + name
                  + "' must be spelled '"
                  + column
                  + "' (column names are case-sensitive; it would be ignored)");
        }
      }
    }
  }
}
