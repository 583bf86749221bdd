package io.humaans.client;

import java.time.Duration;

/**
 * Waits for a duration; the retry logic uses it between attempts so tests can record waits
 * instead of sleeping.
 *
 * <p>Implementations must be thread-safe: one client may retry on several threads at once.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait; never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** Returns a sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}. */
  static Sleeper system() {
    return duration -> {
      if (duration.isNegative() || duration.isZero()) {
        return;
      }
      long millis = duration.toMillis();
      int nanos = (int) (duration.minusMillis(millis).toNanos());
      Thread.sleep(millis, nanos);
    };
  }
}
