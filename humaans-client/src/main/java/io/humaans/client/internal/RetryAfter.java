package io.humaans.client.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses a {@code Retry-After} header value.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class RetryAfter {

  private static final Pattern SECONDS = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE / 2);

  private RetryAfter() {}

  /**
   * Returns the wait a {@code Retry-After} value asks for.
   *
   * <p>Accepts delta-seconds ({@code 3}; a fraction such as {@code 1.5} is also read) or an HTTP
   * date in RFC 1123 form ({@code Wed, 21 Oct 2026 07:28:00 GMT}), the latter measured from {@code
   * clock}. A negative number or a date in the past gives {@link Duration#ZERO}.
   *
   * @param headerValue the header value, or null if the header is absent
   * @param clock the clock an HTTP date is measured from
   * @return the wait, or empty when the value is absent, blank or unreadable
   */
  public static Optional<Duration> parse(@Nullable String headerValue, Clock clock) {
    if (headerValue == null) {
      return Optional.empty();
    }
    String value = headerValue.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (SECONDS.matcher(value).matches()) {
      BigDecimal seconds = new BigDecimal(value);
      if (seconds.signum() <= 0) {
        return Optional.of(Duration.ZERO);
      }
      if (seconds.compareTo(MAX_SECONDS) > 0) {
        seconds = MAX_SECONDS;
      }
      long whole = seconds.longValue();
      long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Optional.of(Duration.ofSeconds(whole, nanos));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
