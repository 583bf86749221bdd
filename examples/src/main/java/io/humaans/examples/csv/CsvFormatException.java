package io.humaans.examples.csv;

/**
 * Thrown when a CSV file is malformed or lacks a required column. The message names the source, the
 * 1-based line and, where it applies, the 1-based character column, e.g. {@code accounts.csv line
 * 4, column 17: unterminated quoted field}.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates an exception for a problem at a position.
   *
   * @param source the file name or other label of the input
   * @param line the 1-based line number
   * @param column the 1-based character column, or 0 when the problem concerns a whole line
   * @param problem what is wrong, without the position
   */
  public CsvFormatException(String source, int line, int column, String problem) {
    super(source + " line " + line + (column > 0 ? ", column " + column : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** Returns the whole message: source, position and problem (never null). */
  @Override
  public String getMessage() {
    return source + " line " + line + (column > 0 ? ", column " + column : "") + ": " + problem;
  }

  /** Returns the file name or label of the input. */
  public String source() {
    return source;
  }

  /** Returns the 1-based line number. */
  public int line() {
    return line;
  }

  /** Returns the 1-based character column, or 0 when the problem concerns a whole line. */
  public int column() {
    return column;
  }

  /** Returns what is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
