package io.humaans.checks;

/**
 * Engine: a growable column stored in chunks of {@link #CHUNK} entries (see {@link Tuning}). A run
 * over a million records keeps dozens of large tables; as plain arrays each would be a "humongous"
 * object for the G1 collector (at least half a heap region: 4 MB regions at an 8 GB heap),
 * allocated straight into the old generation, freed (for object arrays) only by a concurrent
 * marking cycle, and every one of them pushes the heap towards starting such a cycle, which takes
 * one of two cores for seconds. Chunks of at most 128 KB (compressed references or ints) stay
 * ordinary young objects for any region size, and growing past one chunk adds chunks without
 * copying. Not thread-safe while growing; distinct indexes may be set from several threads once
 * their capacity is reserved.
 */
abstract class ChunkedColumn {
  static final int SHIFT = Tuning.CHUNK_SHIFT;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private int capacity;

  /** The number of indexes that may be read and set. */
  final int capacity() {
    return capacity;
  }

  /**
   * Makes indexes up to {@code capacity - 1} usable; never shrinks. Up to {@link #CHUNK} entries
   * the first chunk is sized to fit (small inputs stay small) and grows by copying; beyond that,
   * whole chunks are added without copying.
   */
  final void reserve(int capacity) {
    if (capacity <= this.capacity) {
      return;
    }
    if (capacity <= CHUNK) {
      resizeFirstChunk(capacity);
      this.capacity = capacity;
      return;
    }
    if (this.capacity < CHUNK) {
      resizeFirstChunk(CHUNK);
      this.capacity = CHUNK;
    }
    int needed = (capacity + MASK) >>> SHIFT;
    for (int c = this.capacity >>> SHIFT; c < needed; c++) {
      addChunk(c);
    }
    this.capacity = needed << SHIFT;
  }

  /** The length of the array of chunks for {@code capacity} entries. */
  static int chunksFor(int capacity) {
    return Math.max(1, (capacity + MASK) >>> SHIFT);
  }

  /** Creates chunk 0 with {@code length} entries, or copies it into one that long. */
  abstract void resizeFirstChunk(int length);

  /** Allocates full chunk {@code c} (c >= 1), growing the array of chunks when needed. */
  abstract void addChunk(int c);
}
