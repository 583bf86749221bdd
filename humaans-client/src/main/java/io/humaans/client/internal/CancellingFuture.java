package io.humaans.client.internal;

import io.humaans.client.errors.HumaansException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The future of an asynchronous call: its {@code cancel} cancels the HTTP call currently running
 * for it (a body re-read replaces it), and {@link #failAfter} bounds how long it may stay
 * incomplete. Thread-safe.
 */
final class CancellingFuture<T> extends CompletableFuture<T> {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  /** Cancels the HTTP call currently running for this future. */
  volatile Runnable current;

  CancellingFuture(Runnable cancelCall) {
    this.current = cancelCall;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    // Complete as cancelled first: cancelling the call makes OkHttp report a failure on another
    // thread, which must not win the race and complete this future exceptionally instead.
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    current.run();
    return cancelled;
  }

  /**
   * Fails this future with {@code timeout} and cancels its call if it is still incomplete after
   * {@code limit}; the timer is dropped as soon as the future completes.
   */
  void failAfter(Duration limit, Supplier<? extends HumaansException> timeout) {
    ScheduledFuture<?> timer =
        TIMER.schedule(
            () -> {
              if (completeExceptionally(timeout.get())) {
                current.run();
              }
            },
            limit.toMillis(),
            TimeUnit.MILLISECONDS);
    var unused = whenComplete((value, error) -> timer.cancel(false));
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "humaans-async-timeout");
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
