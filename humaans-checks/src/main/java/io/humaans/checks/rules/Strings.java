package io.humaans.checks.rules;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Text helpers of the rules: values are compared stripped, and a blank value is no value. */
final class Strings {
  private Strings() {}

  /** Returns the value stripped, or null when absent or blank. */
  static @Nullable String stripped(Optional<String> value) {
    if (value.isEmpty()) {
      return null;
    }
    String s = value.get().strip();
    return s.isEmpty() ? null : s;
  }
}
