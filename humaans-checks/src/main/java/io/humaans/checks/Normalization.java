package io.humaans.checks;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the string normalisation {@link Definitions} compares by. A value is stripped of leading
 * and trailing white space, and a blank one counts as absent (null); keys are also lower-cased
 * (root locale). Stateless.
 */
final class Normalization {
  private Normalization() {}

  /** The value stripped and lower-cased; null when null or blank. */
  static @Nullable String key(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
  }

  /** The value stripped; null when null or blank. */
  static @Nullable String stripped(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * Whether {@code key(value)} equals {@code key}, a non-empty lower-case ASCII key, without
   * lower-casing a value of another length (lower-casing never shortens a string, and lengthens it
   * only into non-ASCII text).
   */
  static boolean isKey(@Nullable String value, String key) {
    if (value == null) {
      return false;
    }
    String s = value.strip();
    return s.length() == key.length() && key.equals(s.toLowerCase(Locale.ROOT));
  }
}
