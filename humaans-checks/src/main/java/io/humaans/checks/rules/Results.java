package io.humaans.checks.rules;

import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Small helpers shared by the checks: result building and lenient normalization. */
final class Results {
  private static final long SECONDS_PER_DAY = 86_400L;

  private Results() {}

  /**
   * Builds a result; {@code evidence} alternates keys and values, and pairs whose value is null
   * are left out.
   */
  static CheckResult of(
      CheckInfo info,
      String subjectId,
      Status status,
      String reason,
      String detail,
      @Nullable String... evidence) {
    return CheckResult.of(
        info.id(), info.subjectType(), subjectId, status, reason, detail, evidence);
  }

  /** Returns the value stripped and lower-cased, or null when null or blank. */
  static @Nullable String key(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped.toLowerCase(Locale.ROOT);
  }

  /** Returns the value stripped, or null when absent or blank. */
  static @Nullable String stripped(Optional<String> value) {
    if (value.isEmpty()) {
      return null;
    }
    String s = value.get().strip();
    return s.isEmpty() ? null : s;
  }

  static @Nullable String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  static @Nullable String date(@Nullable LocalDate value) {
    return value == null ? null : value.toString();
  }

  /** Returns the UTC epoch day of an instant, for any instant. */
  static long epochDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY);
  }
}
