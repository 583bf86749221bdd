package io.humaans.examples.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times code in rounds after warm-up rounds and reports medians. Two contenders are timed in
 * alternating order each round, so drift (JIT, GC, a noisy neighbour) hits both alike. Each
 * contender returns a checksum, which is compared so a broken contender cannot look fast.
 */
final class Rounds {
  private Rounds() {}

  /** The median times of two contenders, in milliseconds. */
  record Pair(double aMs, double bMs) {
    double ratio() {
      return aMs / bMs;
    }
  }

  /** Runs {@code warmups} then {@code rounds} rounds of {@code a} and {@code b}. */
  static Pair pair(int warmups, int rounds, LongSupplier a, LongSupplier b) {
    for (int i = 0; i < warmups; i++) {
      check(a.getAsLong(), b.getAsLong());
    }
    double[] ta = new double[rounds];
    double[] tb = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long sa;
      long sb;
      if (i % 2 == 0) {
        long t0 = System.nanoTime();
        sa = a.getAsLong();
        long t1 = System.nanoTime();
        sb = b.getAsLong();
        long t2 = System.nanoTime();
        ta[i] = (t1 - t0) / 1e6;
        tb[i] = (t2 - t1) / 1e6;
      } else {
        long t0 = System.nanoTime();
        sb = b.getAsLong();
        long t1 = System.nanoTime();
        sa = a.getAsLong();
        long t2 = System.nanoTime();
        tb[i] = (t1 - t0) / 1e6;
        ta[i] = (t2 - t1) / 1e6;
      }
      check(sa, sb);
    }
    return new Pair(median(ta), median(tb));
  }

  /** Runs {@code warmups} then {@code rounds} rounds of {@code task}; returns the median. */
  static double single(int warmups, int rounds, LongSupplier task) {
    for (int i = 0; i < warmups; i++) {
      long unused = task.getAsLong();
    }
    double[] t = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      long unused = task.getAsLong();
      t[i] = (System.nanoTime() - t0) / 1e6;
    }
    return median(t);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void check(long a, long b) {
    if (a != b) {
      throw new IllegalStateException("contenders disagree: checksum " + a + " vs " + b);
    }
  }
}
