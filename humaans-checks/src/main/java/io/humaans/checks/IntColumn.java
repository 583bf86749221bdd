package io.humaans.checks;

import java.util.Arrays;

/** A growable column of ints in chunks (see {@link ChunkedColumn} for why). */
final class IntColumn extends ChunkedColumn {
  private int[][] chunks;

  /** Creates a column holding {@code capacity} zeros. */
  IntColumn(int capacity) {
    chunks = new int[chunksFor(capacity)][];
    reserve(Math.max(1, capacity));
  }

  @Override
  void resizeFirstChunk(int length) {
    chunks[0] = chunks[0] == null ? new int[length] : Arrays.copyOf(chunks[0], length);
  }

  @Override
  void addChunk(int c) {
    if (c >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
    }
    chunks[c] = new int[CHUNK];
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
    for (int c = 0; c < chunks.length && chunks[c] != null; c++) {
      Arrays.fill(chunks[c], value);
    }
  }
}
