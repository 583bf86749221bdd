package io.humaans.checks;

import java.util.Arrays;

/** A growable column of bytes in chunks (see {@link ChunkedColumn} for why). */
final class ByteColumn extends ChunkedColumn {
  private byte[][] chunks;

  /** Creates a column holding {@code capacity} zeros. */
  ByteColumn(int capacity) {
    chunks = new byte[chunksFor(capacity)][];
    reserve(Math.max(1, capacity));
  }

  @Override
  void resizeFirstChunk(int length) {
    chunks[0] = chunks[0] == null ? new byte[length] : Arrays.copyOf(chunks[0], length);
  }

  @Override
  void addChunk(int c) {
    if (c >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
    }
    chunks[c] = new byte[CHUNK];
  }

  /** The value at {@code index}, from 0 to 255. */
  int get(int index) {
    return chunks[index >>> SHIFT][index & MASK] & 0xFF;
  }

  /** Sets the value at {@code index}; {@code value} must be from 0 to 255. */
  void set(int index, int value) {
    chunks[index >>> SHIFT][index & MASK] = (byte) value;
  }
}
