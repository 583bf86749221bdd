package io.humaans.checks;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Normalization and date helpers shared by the context and the checks; no regex. */
final class Text {
  private static final long SECONDS_PER_DAY = 86_400L;

  private Text() {}

  /** Returns the value stripped and lower-cased, or null when null or blank. */
  static @Nullable String key(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      return null;
    }
    return stripped.toLowerCase(Locale.ROOT);
  }

  /** Returns the UTC epoch day of an instant, for any instant. */
  static long epochDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY);
  }
}
