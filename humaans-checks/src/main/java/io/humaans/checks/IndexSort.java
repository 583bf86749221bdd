package io.humaans.checks;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Sorts positions by a string key: returns the permutation that puts the keys in natural order,
 * ties by position (a stable merge sort over an {@code int[]}, so no boxed or wrapper objects).
 * Large inputs sort their two halves on two threads. The context uses it to lay out its fact tables
 * in subject-id order.
 */
final class IndexSort {
  private static final int INSERTION = 24;
  private static final int PARALLEL = Tuning.PARALLEL_SORT;

  private IndexSort() {}

  /** Returns {@code order} such that {@code keys[order[0]] <= keys[order[1]] <= ...}. */
  static int[] byKey(RefColumn<String> keys, int n) {
    int[] order = new int[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      if (sorted && i > 0 && keys.get(i - 1).compareTo(keys.get(i)) > 0) {
        sorted = false;
      }
    }
    if (!sorted) {
      int[] scratch = order.clone();
      sort(keys, scratch, order, 0, n, n >= PARALLEL);
    }
    return order;
  }

  /** Sorts {@code dst[from, to)} using {@code src[from, to)} (same contents) as scratch. */
  private static void sort(
      RefColumn<String> keys, int[] src, int[] dst, int from, int to, boolean fork) {
    if (to - from <= INSERTION) {
      insertion(keys, dst, from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    if (fork) {
      ForkJoinTask<?> upper =
          ForkJoinPool.commonPool().submit(() -> sort(keys, dst, src, mid, to, false));
      sort(keys, dst, src, from, mid, false);
      upper.join();
    } else {
      sort(keys, dst, src, from, mid, false);
      sort(keys, dst, src, mid, to, false);
    }
    if (keys.get(src[mid - 1]).compareTo(keys.get(src[mid])) <= 0) {
      System.arraycopy(src, from, dst, from, to - from);
      return;
    }
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && keys.get(src[i]).compareTo(keys.get(src[j])) <= 0)) {
        dst[k] = src[i++];
      } else {
        dst[k] = src[j++];
      }
    }
  }

  private static void insertion(RefColumn<String> keys, int[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int v = a[i];
      String key = keys.get(v);
      int j = i - 1;
      while (j >= from && keys.get(a[j]).compareTo(key) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }
}
