package io.humaans.checks;

import org.jspecify.annotations.Nullable;

/**
 * Numbers distinct strings 0, 1, 2, ... in the order they are added: an open-addressing hash
 * table over flat arrays (no entry objects, no boxing), for joins on million-row inputs. Not
 * thread-safe while being filled; safe to read from several threads once published.
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
   * Returns the slot of {@code Text.key(raw)} (stripped, lower-cased), or -1 when absent or
   * blank; ASCII values are folded in place, without building the normalized string.
   */
  int getNormalized(String raw) {
    int from = 0;
    int to = raw.length();
    int hash = 0;
    boolean ascii = true;
    while (from < to && Character.isWhitespace(raw.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
      to--;
    }
    for (int j = from; j < to; j++) {
      char c = raw.charAt(j);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      hash = 31 * hash + lowerAscii(c);
    }
    if (!ascii) {
      String key = Text.key(raw);
      return key == null ? -1 : get(key);
    }
    if (from == to) {
      return -1;
    }
    int length = to - from;
    int i = spread(hash) & mask;
    while (true) {
      String k = keys.get(i);
      if (k == null) {
        return -1;
      }
      if (k.length() == length && k.hashCode() == hash && sameFolded(k, raw, from)) {
        return slots.get(i);
      }
      i = (i + 1) & mask;
    }
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
