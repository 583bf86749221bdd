package io.humaans.checks;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A growable column of references in chunks (see {@link ChunkedColumn} for why): the facts lists,
 * the join tables and the result columns of a run.
 *
 * @param <T> the element type
 */
final class RefColumn<T extends @Nullable Object> extends ChunkedColumn {
  private @Nullable Object[][] chunks;

  /** Creates a column holding {@code capacity} nulls. */
  RefColumn(int capacity) {
    chunks = new Object[chunksFor(capacity)][];
    reserve(Math.max(1, capacity));
  }

  @Override
  void resizeFirstChunk(int length) {
    chunks[0] = chunks[0] == null ? new Object[length] : Arrays.copyOf(chunks[0], length);
  }

  @Override
  void addChunk(int c) {
    if (c >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
    }
    chunks[c] = new Object[CHUNK];
  }

  @SuppressWarnings("unchecked")
  T get(int index) {
    return (T) chunks[index >>> SHIFT][index & MASK];
  }

  void set(int index, T value) {
    chunks[index >>> SHIFT][index & MASK] = value;
  }

  /** Sets the element at {@code index} back to null. */
  void clear(int index) {
    chunks[index >>> SHIFT][index & MASK] = null;
  }

  /** Returns an unmodifiable list view of indexes {@code 0 .. size - 1}. */
  List<T> asList(int size) {
    if (size < 0 || size > capacity()) {
      throw new IllegalArgumentException("size " + size + " outside 0.." + capacity());
    }
    return new View<>(this, size);
  }

  private static final class View<T extends @Nullable Object> extends AbstractList<T>
      implements RandomAccess {
    private final RefColumn<T> column;
    private final int size;

    View(RefColumn<T> column, int size) {
      this.column = column;
      this.size = size;
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, size);
      return column.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
