package io.humaans.checks;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A growable column of references stored in chunks of {@value #CHUNK} entries. A run over a
 * million records keeps dozens of such columns; as plain arrays each would be a "humongous"
 * object for the G1 collector (at least half a heap region), allocated outside the young
 * generation, never copied but only freed by a concurrent marking cycle, and every one of them
 * pushes the heap towards starting such a cycle. Chunks of 128 KB (compressed references) stay
 * ordinary young objects for any region size. Not thread-safe while growing; distinct indexes
 * may be set from several threads once the capacity is reserved.
 *
 * @param <T> the element type
 */
final class RefColumn<T extends @Nullable Object> {
  static final int SHIFT = 15;
  static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private @Nullable Object[][] chunks;
  private int capacity;

  /** Creates a column holding {@code capacity} nulls. */
  RefColumn(int capacity) {
    chunks = new Object[Math.max(1, (capacity + MASK) >>> SHIFT)][];
    reserve(capacity);
  }

  /** The number of indexes that may be read and set. */
  int capacity() {
    return capacity;
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
        chunks[c] = new Object[CHUNK];
      }
    }
    this.capacity = needed << SHIFT;
  }

  @SuppressWarnings("unchecked")
  T get(int index) {
    return (T) chunks[index >>> SHIFT][index & MASK];
  }

  void set(int index, T value) {
    chunks[index >>> SHIFT][index & MASK] = value;
  }

  /** Returns an unmodifiable list view of indexes {@code 0 .. size - 1}. */
  List<T> asList(int size) {
    if (size < 0 || size > capacity) {
      throw new IllegalArgumentException("size " + size + " outside 0.." + capacity);
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
