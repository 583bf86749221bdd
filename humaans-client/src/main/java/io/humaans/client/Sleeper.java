package io.humaans.client;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a duration; the retry logic uses it between attempts so tests can record waits instead
 * of sleeping.
 *
 * <p>The retry logic calls {@link #sleep(Duration, BooleanSupplier)}, passing whether the HTTP call
 * has been cancelled. A sleeper that implements only {@link #sleep(Duration)} still works, but a
 * cancelled call then finishes its wait before it fails.
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

  /**
   * Blocks the calling thread for {@code duration}, or less once {@code canceled} returns true. The
   * caller checks again after this returns, so returning early is always safe.
   *
   * <p>The default implementation ignores {@code canceled} and calls {@link #sleep(Duration)};
   * {@link #system()} checks it every 50 ms.
   *
   * @param duration how long to wait at most; never negative
   * @param canceled returns true once the wait is no longer wanted; may be called from the waiting
   *     thread any number of times
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  default void sleep(Duration duration, BooleanSupplier canceled) throws InterruptedException {
    sleep(duration);
  }

  /**
   * {@return a sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}; its
   * {@link #sleep(Duration, BooleanSupplier)} sleeps in slices of at most 50 ms and returns as soon
   * as a check finds the wait cancelled}
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
