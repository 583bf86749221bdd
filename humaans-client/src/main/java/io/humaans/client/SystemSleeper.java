package io.humaans.client;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The {@link Sleeper#system()} sleeper: {@link Thread#sleep}, in slices when cancellable. */
final class SystemSleeper implements Sleeper {

  static final SystemSleeper INSTANCE = new SystemSleeper();

  /** The longest a cancelled wait goes on before it notices. */
  static final Duration SLICE = Duration.ofMillis(50);

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    long millis = duration.toMillis();
    int nanos = (int) duration.minusMillis(millis).toNanos();
    Thread.sleep(millis, nanos);
  }

  @Override
  public void sleep(Duration duration, BooleanSupplier canceled) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    long total = saturatedNanos(duration);
    long start = System.nanoTime();
    while (!canceled.getAsBoolean()) {
      long left = total - (System.nanoTime() - start);
      if (left <= 0) {
        return;
      }
      sleepFor(Math.min(left, SLICE.toNanos()));
    }
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static void sleepFor(long nanos) throws InterruptedException {
    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
