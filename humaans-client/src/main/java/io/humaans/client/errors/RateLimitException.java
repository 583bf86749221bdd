package io.humaans.client.errors;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server rate-limited the call (429) and the client's retries did not get through, or the
 * server asked for a longer wait than the client's {@code RetryPolicy} allows. {@link
 * #retryAfter()} carries the server's {@code Retry-After}, if it sent one.
 *
 * <p>Immutable and thread-safe.
 */
public class RateLimitException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /** How long the server asked to wait ({@code Retry-After}), when it said. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param details the response (status 429); never null
   * @param retryAfter the wait the server asked for, or null if it gave none
   */
  public RateLimitException(Details details, @Nullable Duration retryAfter) {
    super(
        details,
        standardMessage(
            details,
            retryAfter == null
                ? List.of()
                : List.of("retryAfter=" + retryAfter.toSeconds() + "s")));
    this.retryAfter = retryAfter;
  }

  /** {@return how long the server asked the client to wait, from the {@code Retry-After} header} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
