package io.humaans.checks;

import java.util.Arrays;

/**
 * A growable column of ints stored in chunks, for the reasons given in {@link RefColumn}. Not
 * thread-safe while growing; distinct indexes may be set from several threads once the capacity
 * is reserved.
 */
final class IntColumn {
  private static final int SHIFT = RefColumn.SHIFT;
  private static final int MASK = (1 << SHIFT) - 1;

  private int[][] chunks;
  private int capacity;

  /** Creates a column holding {@code capacity} zeros. */
  IntColumn(int capacity) {
    chunks = new int[Math.max(1, (capacity + MASK) >>> SHIFT)][];
    reserve(capacity);
  }

  /** Makes indexes up to {@code capacity - 1} usable, adding whole chunks; never shrinks. */
  void reserve(int capacity) {
    if (capacity <= this.capacity) {
      return;
    }
    int needed = (capacity + MASK) >>> SHIFT;
    if (needed > chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(needed, chunks.length * 2));
    }
    for (int c = this.capacity >>> SHIFT; c < needed; c++) {
      if (chunks[c] == null) {
        chunks[c] = new int[1 << SHIFT];
      }
    }
    this.capacity = needed << SHIFT;
  }

  /** The number of indexes that may be read and set. */
  int capacity() {
    return capacity;
  }

  int get(int index) {
    return chunks[index >>> SHIFT][index & MASK];
  }

  void set(int index, int value) {
    chunks[index >>> SHIFT][index & MASK] = value;
  }

  /** Adds {@code delta} to the value at {@code index} and returns the new value. */
  int add(int index, int delta) {
    return chunks[index >>> SHIFT][index & MASK] += delta;
  }

  /** Sets every usable index to {@code value}. */
  void fill(int value) {
    for (int[] chunk : chunks) {
      if (chunk != null) {
        Arrays.fill(chunk, value);
      }
    }
  }
}
