package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
  private final String json;

  private EvidenceValue(String json) {
    this.json = json;
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
   * An array of values (see the class comment for how each is written).
   *
   * @throws IllegalArgumentException if an element is of an unsupported type
   * @param values the values
   * @return the array
   */
  public static EvidenceValue list(List<?> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      write(out, values.get(i));
    }
    return new EvidenceValue(out.append(']').toString());
  }

  /**
   * An object with the entries in the map's iteration order.
   *
   * @throws NullPointerException if a key is null
   * @throws IllegalArgumentException if a value is of an unsupported type
   * @param entries the entries
   * @return the object
   */
  public static EvidenceValue object(Map<String, ?> entries) {
    StringBuilder out = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, ?> e : entries.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      write(out, Objects.requireNonNull(e.getKey(), "key == null"));
      out.append(':');
      write(out, e.getValue());
    }
    return new EvidenceValue(out.append('}').toString());
  }

  private static void write(StringBuilder out, @Nullable Object value) {
    try {
      if (value == null) {
        out.append("null");
      } else if (value instanceof EvidenceValue) {
        out.append(((EvidenceValue) value).json);
      } else if (value instanceof Integer || value instanceof Long) {
        out.append(value.toString());
      } else if (value instanceof BigDecimal) {
        out.append(((BigDecimal) value).toPlainString());
      } else if (value instanceof String || value instanceof java.time.temporal.TemporalAccessor) {
        ReportJson.string(out, value.toString());
      } else {
        throw new IllegalArgumentException(
            "unsupported evidence value type: " + value.getClass().getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value as JSON text. */
  String json() {
    return json;
  }

  /** The value as JSON text (compact). */
  @Override
  public String toString() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EvidenceValue && json.equals(((EvidenceValue) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }
}
