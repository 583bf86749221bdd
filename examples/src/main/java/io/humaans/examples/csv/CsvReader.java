package io.humaans.examples.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV: a header row, then records of the same width. Fields may be quoted; inside
 * quotes, delimiters and line breaks are data and {@code ""} is a quote. The delimiter is a comma,
 * or the semicolon or tab the header row uses instead (as spreadsheet tools write in locales where
 * the comma is the decimal mark): whichever of the three occurs most often outside quotes in the
 * header row, the comma on a tie. Lines may end in CRLF, LF or CR; a leading UTF-8 byte-order mark
 * is skipped; empty lines are ignored. Header names are trimmed, values are kept exactly as
 * written.
 *
 * <p>Malformed input fails with {@link CsvFormatException} naming the source, line and column: an
 * unterminated quoted field, a stray quote, text after a closing quote, a record with the wrong
 * number of fields, a duplicate or empty header name, or a missing required column. The reader
 * knows nothing about what the columns mean. It is stateless and thread-safe.
 *
 * <pre>{@code
 * CsvTable accounts = CsvReader.read(Path.of("accounts.csv"), "system", "id", "email");
 * for (CsvRecord row : accounts.records()) {
 *   String email = row.get("email");
 * }
 * }</pre>
 */
public final class CsvReader {
  private CsvReader() {}

  /**
   * Reads a UTF-8 file; the file name is the source label in error messages.
   *
   * @param requiredColumns columns the header must contain
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is not UTF-8 (naming the line and column of the first
   *     bad byte), is malformed or lacks a required column
   */
  public static CsvTable read(Path file, String... requiredColumns) throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    return parse(source, Utf8Text.decode(source, Files.readAllBytes(file)), requiredColumns);
  }

  /**
   * Reads a UTF-8 file like {@link #read(Path, String...)}, and also rejects a header name that
   * differs from a required or optional column only in case ({@code deactivatedat} for {@code
   * deactivatedAt}): such a column would otherwise be ignored and its values lost.
   *
   * @param requiredColumns columns the header must contain
   * @param optionalColumns columns the header may contain
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is not UTF-8, is malformed, lacks a required column
   *     or misspells the case of a known one
   */
  public static CsvTable read(Path file, List<String> requiredColumns, List<String> optionalColumns)
      throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    return parse(
        source,
        Utf8Text.decode(source, Files.readAllBytes(file)),
        requiredColumns,
        optionalColumns);
  }

  /**
   * Parses CSV text like {@link #parse(String, String, String...)}, and also rejects a header name
   * that differs from a required or optional column only in case.
   *
   * @param source the label used in error messages, e.g. a file name
   * @param requiredColumns columns the header must contain
   * @param optionalColumns columns the header may contain
   * @throws CsvFormatException if the content is malformed, lacks a required column or misspells
   *     the case of a known one
   */
  public static CsvTable parse(
      String source, String text, List<String> requiredColumns, List<String> optionalColumns) {
    List<String> known = new ArrayList<>(requiredColumns);
    known.addAll(optionalColumns);
    return parse(source, text, requiredColumns.toArray(String[]::new), known);
  }

  /**
   * Reads all characters of {@code reader} (not closed) as CSV.
   *
   * @param source the label used in error messages, e.g. a file name
   * @throws IOException if the reader fails
   * @throws CsvFormatException if the content is malformed or a required column is missing
   */
  public static CsvTable read(String source, Reader reader, String... requiredColumns)
      throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) != -1; ) {
      text.append(buffer, 0, n);
    }
    return parse(source, text.toString(), requiredColumns);
  }

  /**
   * Parses CSV text.
   *
   * @param source the label used in error messages, e.g. a file name
   * @throws CsvFormatException if the content is malformed or a required column is missing
   */
  public static CsvTable parse(String source, String text, String... requiredColumns) {
    return parse(source, text, requiredColumns, List.of());
  }

  private static CsvTable parse(
      String source, String text, String[] requiredColumns, List<String> knownColumns) {
    char delimiter = delimiter(text);
    Parser parser = new Parser(source, text, delimiter);
    Parser.Row headerRow = parser.next();
    if (headerRow == null) {
      throw new CsvFormatException(source, 1, 0, "missing header row");
    }
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < headerRow.fields.size(); i++) {
      String name = headerRow.fields.get(i).trim();
      int column = headerRow.columns.get(i);
      if (name.isEmpty()) {
        throw new CsvFormatException(source, headerRow.line, column, "empty column name");
      }
      if (!seen.add(name)) {
        throw new CsvFormatException(
            source, headerRow.line, column, "duplicate column '" + name + "'");
      }
      header.add(name);
    }
    for (String required : requiredColumns) {
      if (!seen.contains(required)) {
        throw new CsvFormatException(
            source,
            headerRow.line,
            0,
            "missing required column '"
                + required
                + "' (header: "
                + String.join(", ", header)
                + ")");
      }
    }
    ColumnCase.check(source, headerRow.line, header, headerRow.columns, knownColumns);
    List<CsvRecord> records = new ArrayList<>();
    for (Parser.Row row = parser.next(); row != null; row = parser.next()) {
      if (row.fields.size() > header.size()) {
        throw new CsvFormatException(
            source,
            row.line,
            row.columns.get(header.size()),
            "expected "
                + header.size()
                + " fields but found "
                + row.fields.size()
                + " (extra field starts here)");
      }
      if (row.fields.size() < header.size()) {
        throw new CsvFormatException(
            source,
            row.endLine,
            row.endColumn,
            "expected "
                + header.size()
                + " fields but found "
                + row.fields.size()
                + " (missing '"
                + header.get(row.fields.size())
                + "')");
      }
      records.add(new CsvRecord(source, row.line, header, row.fields, row.columns));
    }
    return new CsvTable(source, header, records, delimiter);
  }

  /** Returns the delimiter the header row (the first non-empty line) uses. */
  static char delimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!quoted && (c == '\n' || c == '\r')) {
        if (started) {
          break;
        }
        continue;
      }
      started = true;
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  /** A cursor over the text that yields one record's raw fields at a time. */
  private static final class Parser {
    private final String source;
    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;
    private int column = 1;

    Parser(String source, String text, char delimiter) {
      this.source = source;
      this.text = text;
      this.delimiter = delimiter;
      this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** One record: its fields, the column each starts at, where it starts and ends. */
    static final class Row {
      final List<String> fields = new ArrayList<>();
      final List<Integer> columns = new ArrayList<>();
      int line;
      int endLine;
      int endColumn;
    }

    /** Returns the next non-empty record, or null at the end of the text. */
    @Nullable Row next() {
      while (pos < text.length() && isLineBreak(text.charAt(pos))) {
        skipLineBreak();
      }
      if (pos >= text.length()) {
        return null;
      }
      Row row = new Row();
      row.line = line;
      while (true) {
        row.columns.add(column);
        row.fields.add(text.charAt(pos) == '"' ? quotedField() : plainField());
        if (pos < text.length() && text.charAt(pos) == delimiter) {
          advance();
          if (pos >= text.length() || isLineBreak(text.charAt(pos))) {
            row.columns.add(column);
            row.fields.add("");
            break;
          }
          continue;
        }
        break;
      }
      row.endLine = line;
      row.endColumn = column;
      if (pos < text.length()) {
        skipLineBreak();
      }
      return row;
    }

    private String plainField() {
      int start = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == delimiter || isLineBreak(c)) {
          break;
        }
        if (c == '"') {
          throw new CsvFormatException(
              source,
              line,
              column,
              "unexpected quote in unquoted field (quote the whole field and double the quote)");
        }
        advance();
      }
      return text.substring(start, pos);
    }

    private String quotedField() {
      int openLine = line;
      int openColumn = column;
      advance();
      StringBuilder value = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw new CsvFormatException(source, openLine, openColumn, "unterminated quoted field");
        }
        char c = text.charAt(pos);
        if (c == '"') {
          if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
            value.append('"');
            advance();
            advance();
            continue;
          }
          advance();
          if (pos < text.length()
              && text.charAt(pos) != delimiter
              && !isLineBreak(text.charAt(pos))) {
            throw new CsvFormatException(
                source, line, column, "unexpected '" + text.charAt(pos) + "' after closing quote");
          }
          return value.toString();
        }
        if (isLineBreak(c)) {
          int from = pos;
          skipLineBreak();
          value.append(text, from, pos);
        } else {
          value.append(c);
          advance();
        }
      }
    }

    private void advance() {
      pos++;
      column++;
    }

    private void skipLineBreak() {
      if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos++;
      }
      pos++;
      line++;
      column = 1;
    }

    private static boolean isLineBreak(char c) {
      return c == '\n' || c == '\r';
    }
  }
}
