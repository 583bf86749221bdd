package io.humaans.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which failed calls the client retries, how often, and how long it waits in between.
 *
 * <p>Only idempotent methods are retried: {@code GET}, {@code HEAD}, {@code OPTIONS}, {@code PUT}
 * and {@code DELETE}. {@code POST} and {@code PATCH} are never retried, whatever the policy says. A
 * call is retried when it fails with an I/O error (connect failure, timeout, reset connection) or
 * gets status 408, 429, 502, 503 or 504, except that a {@code DELETE} is retried only on 429 and
 * 503 (the server refused it): after a lost response it may have been applied, and a retry would
 * report a successful delete as a 404. A cancelled call is not retried. A write the policy does not
 * resend, OkHttp does not resend by itself either: a {@code POST}, {@code PATCH} or {@code DELETE}
 * runs with OkHttp's {@code retryOnConnectionFailure} off (no resend after a failure on a reused
 * connection or a 408), and the {@code Retry-After: 0} of a 503 to a {@code POST} or {@code PATCH}
 * is dropped before OkHttp would act on it. A read keeps OkHttp's own recovery, even under {@link
 * #none()}: a keep-alive connection the server closed is replaced, not reported as a failure.
 *
 * <p>Waits: a {@code Retry-After} response header (seconds or an HTTP date) is honoured as given,
 * without jitter, up to {@link #maxRetryAfter()}; a server asking for a longer wait is not waited
 * for, and its response is returned at once (a 429 then surfaces as a {@code RateLimitException}
 * carrying the server's value). Without the header the wait is exponential backoff: retry <i>n</i>
 * (1-based) waits {@code min(maxBackoff, initialBackoff * 2^(n-1))}, scaled by a random factor
 * between 50% and 100%. A wait that would not end before the client's call timeout is not taken
 * either: the response (or network failure) that asked for it surfaces at once. A cancelled call
 * stops waiting and fails.
 *
 * <p>Defaults ({@link #defaults()}): {@code maxAttempts} 4 (the first try plus 3 retries), {@code
 * initialBackoff} 500 ms, {@code maxBackoff} 8 s, {@code maxRetryAfter} 60 s.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.defaults().newBuilder().maxAttempts(6).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetryPolicy {

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /**
   * {@return the default policy: 4 attempts, 500 ms initial backoff, 8 s cap, 60 s Retry-After cap}
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy that never retries (one attempt)} */
  public static RetryPolicy none() {
    return NONE;
  }

  /** {@return a builder preset with the {@linkplain #defaults() defaults}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder preset with this policy's values} */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /** {@return the total number of attempts, the first try included; at least 1. Default 4} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the backoff before the first retry, before jitter. Default 500 ms} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the upper bound of a computed backoff, before jitter. Default 8 s} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * {@return the longest {@code Retry-After} the client waits for} A longer server request stops
   * retrying and surfaces the response. Default 60 s.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns whether calls with this HTTP method may be retried: true for {@code GET}, {@code HEAD},
   * {@code OPTIONS}, {@code PUT} and {@code DELETE} (case-insensitive).
   *
   * @param method the HTTP method
   * @return whether such calls may be retried
   */
  public boolean isRetryableMethod(String method) {
    return IDEMPOTENT_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /**
   * {@return whether a response with this status may be retried: 408, 429, 502, 503 or 504}
   *
   * @param status the status
   */
  public boolean isRetryableStatus(int status) {
    return RETRYABLE_STATUSES.contains(status);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy that = (RetryPolicy) other;
    return maxAttempts == that.maxAttempts
        && initialBackoff.equals(that.initialBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && maxRetryAfter.equals(that.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "}";
  }

  /** Builds a {@link RetryPolicy}; setters reject invalid values at once. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    Builder() {}

    Builder(RetryPolicy policy) {
      this.maxAttempts = policy.maxAttempts;
      this.initialBackoff = policy.initialBackoff;
      this.maxBackoff = policy.maxBackoff;
      this.maxRetryAfter = policy.maxRetryAfter;
    }

    /**
     * Sets the total number of attempts, the first try included. Default 4; 1 disables retries.
     *
     * @throws IllegalArgumentException if {@code maxAttempts < 1}
     * @param maxAttempts the max attempts
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the backoff before the first retry. Default 500 ms.
     *
     * @throws NullPointerException if {@code initialBackoff} is null
     * @throws IllegalArgumentException if it is negative
     * @param initialBackoff the initial backoff
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the cap of a computed backoff. Default 8 s.
     *
     * @throws NullPointerException if {@code maxBackoff} is null
     * @throws IllegalArgumentException if it is negative
     * @param maxBackoff the max backoff
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for. Default 60 s.
     *
     * @throws NullPointerException if {@code maxRetryAfter} is null
     * @throws IllegalArgumentException if it is negative
     * @param maxRetryAfter the max retry after
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * {@return the policy}
     *
     * @throws IllegalStateException if {@code maxBackoff} is shorter than {@code initialBackoff}
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException(
            "maxBackoff (" + maxBackoff + ") < initialBackoff (" + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + value);
      }
      return value;
    }
  }
}
