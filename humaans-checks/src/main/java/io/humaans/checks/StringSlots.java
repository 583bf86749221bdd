package io.humaans.checks;

import org.jspecify.annotations.Nullable;

/**
 * Numbers distinct strings 0, 1, 2, ... in the order they are added: an open-addressing hash table
 * over flat arrays (no entry objects, no boxing), for joins on million-row inputs. Not thread-safe
 * while being filled; safe to read from several threads once published.
 */
final class StringSlots {
  // Chunked, so that a table for millions of strings is no humongous object (see ChunkedColumn).
  private RefColumn<@Nullable String> keys;
  private IntColumn slots;
  private int capacity;
  private int mask;
  private int size;

  StringSlots(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    this.capacity = capacity;
    keys = new RefColumn<>(capacity);
    slots = new IntColumn(capacity);
    mask = capacity - 1;
  }

  /** The number of distinct strings added. */
  int size() {
    return size;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Returns the slot of {@code key}, or {@code -(new slot) - 1} when it was added now. */
  int addOrGet(String key) {
    int i = spread(key.hashCode()) & mask;
    while (true) {
      String k = keys.get(i);
      if (k == null) {
        keys.set(i, key);
        slots.set(i, size);
        int slot = size++;
        if (size * 2 > capacity) {
          grow();
        }
        return -slot - 1;
      }
      if (k.equals(key)) {
        return slots.get(i);
      }
      i = (i + 1) & mask;
    }
  }

  /** Returns the slot of {@code key}, or -1. */
  int get(String key) {
    int i = spread(key.hashCode()) & mask;
    while (true) {
      String k = keys.get(i);
      if (k == null) {
        return -1;
      }
      if (k.equals(key)) {
        return slots.get(i);
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Returns the slot of {@code Normalization.key(raw)} (stripped, lower-cased), or -1 when absent
   * or blank; ASCII values are folded in place, without building the normalized string.
   */
  int getNormalized(String raw) {
    long folded = foldedHash(raw);
    if (folded == NOT_ASCII) {
      String key = Normalization.key(raw);
      return key == null ? -1 : get(key);
    }
    if (folded == BLANK) {
      return -1;
    }
    int hash = (int) folded;
    int i = spread(hash) & mask;
    return probeFolded(raw, hash, i, keys.get(i));
  }

  /**
   * Looks up {@code raws[0 .. count - 1]} as {@link #getNormalized(String)} does (a null value
   * gives -1), into {@code out}. The table reads of the batch are made stage by stage (every
   * value's first slot, then every first key's header, then the comparisons), so that their cache
   * misses overlap instead of following one another; on a table far larger than the caches those
   * misses are the cost of a lookup.
   */
  void getNormalized(@Nullable String[] raws, int count, int[] out) {
    int[] hashes = new int[count];
    int[] first = new int[count];
    for (int j = 0; j < count; j++) {
      String raw = raws[j];
      long folded = raw == null ? BLANK : foldedHash(raw);
      first[j] = folded == BLANK || folded == NOT_ASCII ? -1 : spread((int) folded) & mask;
      hashes[j] = (int) folded;
    }
    String[] candidates = new String[count];
    for (int j = 0; j < count; j++) {
      candidates[j] = first[j] < 0 ? null : keys.get(first[j]);
    }
    boolean[] sameHash = new boolean[count];
    for (int j = 0; j < count; j++) {
      String k = candidates[j];
      sameHash[j] = k != null && k.hashCode() == hashes[j];
    }
    for (int j = 0; j < count; j++) {
      String raw = raws[j];
      if (raw == null) {
        out[j] = -1;
      } else if (first[j] < 0) {
        out[j] = getNormalized(raw);
      } else if (sameHash[j] && matchesFolded(candidates[j], raw)) {
        out[j] = slots.get(first[j]);
      } else {
        out[j] = probeFolded(raw, hashes[j], first[j], candidates[j]);
      }
    }
  }

  private static final long NOT_ASCII = -1L;
  private static final long BLANK = -2L;

  /**
   * Returns the hash {@code Normalization.key(raw)} would have, as a non-negative long, when {@code
   * raw} stripped is ASCII and not empty; else {@link #NOT_ASCII} or {@link #BLANK}.
   */
  private static long foldedHash(String raw) {
    int from = strippedFrom(raw);
    int to = strippedTo(raw, from);
    if (from == to) {
      return BLANK;
    }
    int hash = 0;
    for (int j = from; j < to; j++) {
      char c = raw.charAt(j);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      hash = 31 * hash + lowerAscii(c);
    }
    return hash & 0xFFFFFFFFL;
  }

  private static int strippedFrom(String raw) {
    int from = 0;
    while (from < raw.length() && Character.isWhitespace(raw.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int strippedTo(String raw, int from) {
    int to = raw.length();
    while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** Whether {@code key} equals the stripped, ASCII-folded {@code raw}. */
  private static boolean matchesFolded(String key, String raw) {
    int from = strippedFrom(raw);
    return key.length() == strippedTo(raw, from) - from && sameFolded(key, raw, from);
  }

  /** Probes from slot {@code i}, whose key {@code k} is already read, for the folded raw. */
  private int probeFolded(String raw, int hash, int i, @Nullable String k) {
    while (k != null) {
      if (k.hashCode() == hash && matchesFolded(k, raw)) {
        return slots.get(i);
      }
      i = (i + 1) & mask;
      k = keys.get(i);
    }
    return -1;
  }

  private static boolean sameFolded(String key, String raw, int from) {
    for (int j = 0; j < key.length(); j++) {
      if (key.charAt(j) != lowerAscii(raw.charAt(from + j))) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private void grow() {
    RefColumn<@Nullable String> oldKeys = keys;
    IntColumn oldSlots = slots;
    int oldCapacity = capacity;
    capacity = oldCapacity * 2;
    keys = new RefColumn<>(capacity);
    slots = new IntColumn(capacity);
    mask = capacity - 1;
    for (int j = 0; j < oldCapacity; j++) {
      String k = oldKeys.get(j);
      if (k != null) {
        int i = spread(k.hashCode()) & mask;
        while (keys.get(i) != null) {
          i = (i + 1) & mask;
        }
        keys.set(i, k);
        slots.set(i, oldSlots.get(j));
      }
    }
  }

  @Override
  public String toString() {
    return "StringSlots{size=" + size + ", capacity=" + capacity + "}";
  }
}
