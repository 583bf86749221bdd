package io.humaans.checks;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Engine: reads the evidence a {@link CheckResult} stores, as its verdict's keys plus the result's
 * values, and renders it as alternating keys and values.
 *
 * <p>When {@code keys} is null (a result from {@link CheckResult#of} or its builder), {@code
 * values} is null or already the alternating key-value strings. Otherwise {@code values} is null
 * (no evidence), the value of the only key, or an {@code Object[]} parallel to {@code keys}; null
 * values are left out. Stateless.
 */
final class StoredEvidence {
  private static final String[] NO_PAIRS = new String[0];

  private StoredEvidence() {}

  /**
   * Rejects an {@code Optional} given to a result sink as an evidence value: it would be written as
   * {@code Optional[...]} or {@code Optional.empty}, a wrong report that looks right. The sink
   * checks before it adds the row, so a rejected call adds nothing.
   */
  static void checkValue(@Nullable Object value) {
    if (value instanceof Optional) {
      throw new IllegalArgumentException(
          "an evidence value is an Optional; give its value or null (optional.orElse(null))");
    }
  }

  /** {@link #checkValue} for each value of an array the caller already has. */
  static void checkValues(@Nullable Object[] values) {
    for (Object value : values) {
      checkValue(value);
    }
  }

  /**
   * The evidence as alternating keys and values, each value rendered with {@code toString()}; a new
   * array unless {@code values} already is one.
   */
  static String[] pairs(String @Nullable [] keys, @Nullable Object values) {
    if (keys == null) {
      return values == null ? NO_PAIRS : (String[]) values;
    }
    Object[] objects = objects(keys, values);
    String[] out = new String[objects.length];
    for (int i = 0; i < objects.length; i++) {
      out[i] = objects[i].toString();
    }
    return out;
  }

  /**
   * The evidence as alternating keys and values as given (an {@link EvidenceValue} stays one), for
   * the JSON writer; a new array unless {@code values} already is one.
   */
  static Object[] objects(String @Nullable [] keys, @Nullable Object values) {
    if (keys == null) {
      return values == null ? NO_PAIRS : (String[]) values;
    }
    if (values == null || keys.length == 0) {
      return NO_PAIRS;
    }
    if (keys.length == 1) {
      return new Object[] {keys[0], values};
    }
    Object[] v = (Object[]) values;
    Object[] out = new Object[nonNull(v) * 2];
    int k = 0;
    for (int i = 0; i < v.length; i++) {
      if (v[i] != null) {
        out[k++] = keys[i];
        out[k++] = v[i];
      }
    }
    return out;
  }

  /** The rendered value of one evidence key, without building the map; null when absent. */
  static @Nullable String value(String @Nullable [] keys, @Nullable Object values, String key) {
    if (keys == null) {
      String[] pairs = pairs(null, values);
      for (int i = 0; i < pairs.length; i += 2) {
        if (pairs[i].equals(key)) {
          return pairs[i + 1];
        }
      }
      return null;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        Object v = keys.length == 1 ? values : values == null ? null : ((Object[]) values)[i];
        return v == null ? null : v.toString();
      }
    }
    return null;
  }

  private static int nonNull(Object[] values) {
    int n = 0;
    for (Object o : values) {
      if (o != null) {
        n++;
      }
    }
    return n;
  }
}
