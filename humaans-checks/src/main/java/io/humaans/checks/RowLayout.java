package io.humaans.checks;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Engine: for each row of a {@link ResultColumns}, the code of its verdict and where its evidence
 * values start, stored in about 1.5 bytes a row instead of 8.
 *
 * <ul>
 *   <li>Codes are bytes while a list has at most 256 distinct verdicts (always, for the built-in
 *       checks), then ints.
 *   <li>Rows are appended in the order their values are claimed, so a row's values start where the
 *       previous row's end: the start is stored for every {@value #STEP}th row only, and {@link
 *       #start} adds the widths of the rows since. Once that no longer holds (a row is given other
 *       slots when a waiver replaces its result, or the rows are reordered), the start of every row
 *       is stored.
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class RowLayout {
  private static final int STEP_SHIFT = 3;
  static final int STEP = 1 << STEP_SHIFT;

  private final ByteColumn smallCodes;
  private @Nullable IntColumn codes; // instead of smallCodes once a code is above 255
  private IntColumn checkpoints; // the start of rows 0, STEP, 2 * STEP, ...
  private @Nullable IntColumn starts; // every row's start, once the rows are not contiguous
  private int[] widthOfCode = new int[8];
  private int size;
  private int nextStart; // where the row after the last would start if contiguous

  RowLayout(int capacity) {
    smallCodes = new ByteColumn(capacity);
    checkpoints = new IntColumn((smallCodes.capacity() >>> STEP_SHIFT) + 1);
  }

  /** The number of rows that fit before {@link #reserve} must be called. */
  int capacity() {
    return smallCodes.capacity(); // the other columns are reserved to match it
  }

  /** Makes room for at least {@code capacity} rows (columns may round it up). */
  void reserve(int capacity) {
    smallCodes.reserve(capacity);
    int rows = smallCodes.capacity();
    IntColumn c = codes;
    if (c != null) {
      c.reserve(rows);
    }
    checkpoints.reserve((rows >>> STEP_SHIFT) + 1);
    IntColumn s = starts;
    if (s != null) {
      s.reserve(rows);
    }
  }

  /** Appends a row of verdict {@code code}, whose {@code width} values start at {@code start}. */
  void append(int code, int width, int start) {
    int row = size++;
    learnWidth(code, width);
    setCode(row, code);
    if (starts == null && row > 0 && start != nextStart) {
      storeEveryStart(row);
    }
    IntColumn s = starts;
    if (s != null) {
      s.set(row, start);
    } else if ((row & (STEP - 1)) == 0) {
      checkpoints.set(row >>> STEP_SHIFT, start);
    }
    nextStart = start + width;
  }

  /** The code of a row's verdict. */
  int code(int row) {
    IntColumn c = codes;
    return c != null ? c.get(row) : smallCodes.get(row);
  }

  /** Where a row's values start. */
  int start(int row) {
    IntColumn s = starts;
    if (s != null) {
      return s.get(row);
    }
    int start = checkpoints.get(row >>> STEP_SHIFT);
    for (int j = row & ~(STEP - 1); j < row; j++) {
      start += widthOfCode[code(j)];
    }
    return start;
  }

  /** Gives a row another verdict, whose {@code width} values start at {@code start}. */
  void replace(int row, int code, int width, int start) {
    learnWidth(code, width);
    if (starts == null && (width != widthOfCode[code(row)] || start != start(row))) {
      storeEveryStart(size);
    }
    setCode(row, code);
    IntColumn s = starts;
    if (s != null) {
      s.set(row, start);
    }
  }

  /** The layout of the rows in the order {@code order} gives (a permutation of the rows). */
  RowLayout reorder(int[] order) {
    RowLayout out = new RowLayout(capacity());
    out.widthOfCode = widthOfCode.clone();
    out.size = size;
    IntColumn s = new IntColumn(capacity());
    for (int k = 0; k < size; k++) {
      int row = order[k];
      out.setCode(k, code(row));
      s.set(k, start(row));
    }
    out.starts = s;
    return out;
  }

  private void setCode(int row, int code) {
    IntColumn c = codes;
    if (c == null && code > 255) {
      c = new IntColumn(smallCodes.capacity());
      for (int j = 0; j < size; j++) {
        c.set(j, smallCodes.get(j));
      }
      codes = c;
    }
    if (c != null) {
      c.set(row, code);
    } else {
      smallCodes.set(row, code);
    }
  }

  private void learnWidth(int code, int width) {
    if (code >= widthOfCode.length) {
      widthOfCode = Arrays.copyOf(widthOfCode, Math.max(code + 1, 2 * widthOfCode.length));
    }
    widthOfCode[code] = width;
  }

  /** Stores the start of each of the first {@code rows} rows (computed while still possible). */
  private void storeEveryStart(int rows) {
    IntColumn s = new IntColumn(capacity());
    for (int j = 0; j < rows; j++) {
      s.set(j, start(j));
    }
    starts = s;
  }
}
