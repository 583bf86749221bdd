package io.humaans.checks;

/**
 * A growable column stored in chunks of {@value #CHUNK} entries. A run over a million records
 * keeps dozens of large tables; as plain arrays each would be a "humongous" object for the G1
 * collector (at least half a heap region: 4 MB regions at an 8 GB heap), allocated straight into
 * the old generation, freed (for object arrays) only by a concurrent marking cycle, and every one
 * of them pushes the heap towards starting such a cycle, which takes one of two cores for
 * seconds. Chunks of 128 KB (compressed references or ints) stay ordinary young objects for any
 * region size, and growing adds chunks without copying. Not thread-safe while growing; distinct
 * indexes may be set from several threads once their capacity is reserved.
 */
abstract class ChunkedColumn {
  static final int SHIFT = 15;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private int capacity;

  /** The number of indexes that may be read and set: a whole number of chunks. */
  final int capacity() {
    return capacity;
  }

  /** Makes indexes up to {@code capacity - 1} usable, adding whole chunks; never shrinks. */
  final void reserve(int capacity) {
    if (capacity <= this.capacity) {
      return;
    }
    int needed = (capacity + MASK) >>> SHIFT;
    for (int c = this.capacity >>> SHIFT; c < needed; c++) {
      addChunk(c);
    }
    this.capacity = needed << SHIFT;
  }

  /** The number of chunks for {@code capacity} entries (at least one slot for the outer array). */
  static int chunksFor(int capacity) {
    return Math.max(1, (capacity + MASK) >>> SHIFT);
  }

  /** Allocates chunk {@code c}, growing the array of chunks when needed. */
  abstract void addChunk(int c);
}
