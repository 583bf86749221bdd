package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An evidence value written to JSON as a number, an array or an object rather than a string. Other
 * evidence values (strings, dates, instants, plain {@code Integer}s) stay JSON strings, so the
 * output of checks that do not use this type is unchanged.
 *
 * <p>{@link #toString()} is the text the evidence map and the CSV show: a number as its digits, an
 * array or object as compact JSON ({@code [{"period":"2026-W47","activeHolders":3}]}). In arrays
 * and objects, strings become JSON strings, {@code Integer}/{@code Long} and {@code BigDecimal}
 * JSON numbers, null JSON null, and nested values nest. Instances are immutable and thread-safe;
 * {@code equals} compares the JSON text.
 */
public final class EvidenceValue {
  private static final byte TEXT = 0;
  private static final byte LIST = 1;
  private static final byte OBJECT = 2;
  private static final byte ROWS = 3;
  private static final @Nullable Object[] NO_PARTS = new Object[0];
  private static final @Nullable Object[][] NO_CELLS = new Object[0][];
  private static final int CELL_SHIFT = 12; // 4,096 values (16 KB) a chunk
  private static final int CELL_CHUNK = 1 << CELL_SHIFT;

  private final byte kind;
  // LIST: the elements; OBJECT: keys and values alternating; ROWS: the keys; TEXT: unused (empty).
  private final @Nullable Object[] parts;
  private final int width; // ROWS: the number of keys
  // ROWS: each row's values in row order, in chunks (not one object per row, and no array large
  // enough to be a humongous object that only a concurrent marking cycle frees; see ChunkedColumn).
  private final @Nullable Object[][] cells;
  private final int cellCount;
  // The JSON text: given for TEXT, rendered on first need for LIST and OBJECT. A racy cache of an
  // immutable String: every thread that renders computes the same text.
  private @Nullable String json;

  private EvidenceValue(String json) {
    this(TEXT, NO_PARTS, NO_CELLS, 0);
    this.json = json;
  }

  private EvidenceValue(byte kind, @Nullable Object[] parts) {
    this(kind, parts, NO_CELLS, 0);
  }

  private EvidenceValue(byte kind, @Nullable Object[] keys, @Nullable Object[][] cells, int count) {
    this.kind = kind;
    this.parts = keys;
    this.width = kind == ROWS ? keys.length : 0;
    this.cells = cells;
    this.cellCount = count;
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the value
   */
  public static EvidenceValue number(long value) {
    return new EvidenceValue(Long.toString(value));
  }

  /**
   * The ratio {@code numerator / denominator} as a decimal rounded half-up to two places, without
   * trailing zeros ({@code 2/3} is {@code 0.67}, {@code 4/4} is {@code 1}).
   *
   * @throws ArithmeticException if {@code denominator} is zero
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the ratio
   */
  public static EvidenceValue ratio(long numerator, long denominator) {
    return new EvidenceValue(ratioText(numerator, denominator));
  }

  static String ratioText(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * An array of values (see the class comment for how each is written). The values are copied;
   * their text is made when it is first needed.
   *
   * @throws IllegalArgumentException if an element is of an unsupported type
   * @param values the values
   * @return the array
   */
  public static EvidenceValue list(List<?> values) {
    @Nullable Object[] parts = values.toArray();
    for (Object value : parts) {
      requireSupported(value);
    }
    return new EvidenceValue(LIST, parts);
  }

  /**
   * An object with the entries in the map's iteration order. The entries are copied; their text is
   * made when it is first needed.
   *
   * @throws NullPointerException if a key is null
   * @throws IllegalArgumentException if a value is of an unsupported type
   * @param entries the entries
   * @return the object
   */
  public static EvidenceValue object(Map<String, ?> entries) {
    @Nullable Object[] parts = new Object[2 * entries.size()];
    int k = 0;
    for (Map.Entry<String, ?> e : entries.entrySet()) {
      parts[k++] = Objects.requireNonNull(e.getKey(), "key == null");
      parts[k++] = requireSupported(e.getValue());
    }
    return new EvidenceValue(OBJECT, parts);
  }

  /**
   * An object with the given keys in order, each with the value at the same position: the cheap
   * form for many objects of the same shape (no map per object).
   *
   * @throws NullPointerException if a key is null
   * @throws IllegalArgumentException if the counts differ or a value is of an unsupported type
   * @param keys the keys, in order
   * @param values the values, one per key
   * @return the object
   */
  public static EvidenceValue object(List<String> keys, @Nullable Object... values) {
    if (keys.size() != values.length) {
      throw new IllegalArgumentException(
          keys.size() + " keys but " + values.length + " values: " + keys);
    }
    @Nullable Object[] parts = new Object[2 * values.length];
    for (int i = 0; i < values.length; i++) {
      parts[2 * i] = Objects.requireNonNull(keys.get(i), "key == null");
      parts[2 * i + 1] = requireSupported(values[i]);
    }
    return new EvidenceValue(OBJECT, parts);
  }

  /**
   * Starts an array of objects that all have {@code keys}, in order: a table written as {@code
   * [{"k1":v1,"k2":v2},...]}. Use it for long lists of same-shaped objects; it keeps the rows'
   * values in one array instead of one object per row.
   *
   * @throws NullPointerException if a key is null
   * @throws IllegalArgumentException if there are no keys
   * @param keys the keys of every row, in order
   * @return an empty builder
   */
  public static Rows rows(List<String> keys) {
    return new Rows(keys);
  }

  /**
   * Collects the rows of {@link #rows(List)}; not thread-safe. {@link #build()} copies the rows, so
   * the builder may be reused.
   */
  public static final class Rows {
    private final @Nullable Object[] keys;
    // The values of the rows added, in chunks of CELL_CHUNK: growing adds a chunk, copies nothing.
    private @Nullable Object[][] chunks = NO_CELLS;
    private int count;
    private int size;

    private Rows(List<String> keys) {
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("no keys");
      }
      this.keys = keys.toArray();
      for (Object key : this.keys) {
        Objects.requireNonNull(key, "key == null");
      }
    }

    /**
     * Adds one row.
     *
     * @throws IllegalArgumentException if the number of values is not the number of keys, or a
     *     value is of an unsupported type
     * @param values the row's values, one per key, in the keys' order
     * @return this builder
     */
    public Rows add(@Nullable Object... values) {
      int width = keys.length;
      if (values.length != width) {
        throw new IllegalArgumentException(
            width + " keys but " + values.length + " values: " + Arrays.toString(keys));
      }
      for (Object value : values) {
        requireSupported(value);
      }
      for (Object value : values) {
        int chunk = count >>> CELL_SHIFT;
        if (chunk == chunks.length) {
          chunks = Arrays.copyOf(chunks, Math.max(4, 2 * chunks.length));
        }
        @Nullable Object[] cells = chunks[chunk];
        if (cells == null) {
          cells = new Object[CELL_CHUNK];
          chunks[chunk] = cells;
        }
        cells[count & (CELL_CHUNK - 1)] = value;
        count++;
      }
      size++;
      return this;
    }

    /** {@return the number of rows added} */
    public int size() {
      return size;
    }

    /** {@return the array of the rows added so far} */
    public EvidenceValue build() {
      int n = (count + CELL_CHUNK - 1) >>> CELL_SHIFT;
      @Nullable Object[][] copy = new Object[n][];
      for (int c = 0; c < n; c++) {
        copy[c] = Arrays.copyOf(chunks[c], Math.min(CELL_CHUNK, count - (c << CELL_SHIFT)));
      }
      return new EvidenceValue(ROWS, keys.clone(), copy, count);
    }
  }

  private static @Nullable Object requireSupported(@Nullable Object value) {
    if (value == null
        || value instanceof EvidenceValue
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof String
        || value instanceof TemporalAccessor) {
      return value;
    }
    throw new IllegalArgumentException(
        "unsupported evidence value type: " + value.getClass().getName());
  }

  /** Appends the value's JSON text. */
  void writeTo(Appendable out) throws IOException {
    String text = json;
    if (text != null) {
      out.append(text);
    } else if (kind == ROWS) {
      out.append('[');
      for (int row = 0; row < cellCount; row += width) {
        out.append(row == 0 ? "{" : ",{");
        for (int i = 0; i < width; i++) {
          if (i > 0) {
            out.append(',');
          }
          write(out, parts[i]);
          out.append(':');
          int cell = row + i;
          write(out, cells[cell >>> CELL_SHIFT][cell & (CELL_CHUNK - 1)]);
        }
        out.append('}');
      }
      out.append(']');
    } else if (kind == LIST) {
      out.append('[');
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, parts[i]);
      }
      out.append(']');
    } else {
      out.append('{');
      for (int i = 0; i < parts.length; i += 2) {
        if (i > 0) {
          out.append(',');
        }
        write(out, parts[i]);
        out.append(':');
        write(out, parts[i + 1]);
      }
      out.append('}');
    }
  }

  private static void write(Appendable out, @Nullable Object value) throws IOException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof EvidenceValue) {
      ((EvidenceValue) value).writeTo(out);
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toPlainString());
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value.toString());
    } else {
      ReportJson.string(out, value.toString()); // a String or a date or time
    }
  }

  /** The value as JSON text. */
  String json() {
    String text = json;
    if (text == null) {
      StringBuilder out = new StringBuilder();
      try {
        writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringBuilder does not throw
      }
      text = out.toString();
      json = text;
    }
    return text;
  }

  /** The value as JSON text (compact). */
  @Override
  public String toString() {
    return json();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EvidenceValue && json().equals(((EvidenceValue) o).json());
  }

  @Override
  public int hashCode() {
    return json().hashCode();
  }
}
