package io.humaans.client;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the rows a pager delivered most recently, in delivery order, at most {@link
 * #capacity()} of them (the oldest are forgotten first). The pager uses them to find where it
 * stopped when rows moved between two requests (the latest delivered row still on a page) and to
 * drop rows a shifted page delivers again; memory stays bounded by a few pages however long the
 * list is. Not thread-safe.
 */
final class RecentIds {
  /** How many pages of ids are remembered. */
  static final int PAGES = 4;

  private final LinkedHashMap<String, Long> ids = new LinkedHashMap<>();
  private int capacity;
  private long sequence;
  private boolean forgotten;

  RecentIds(int capacity) {
    this.capacity = Math.max(1, capacity);
  }

  /** Grows the window to {@code PAGES} pages of {@code pageRows} rows, if that is larger. */
  void fitPage(int pageRows) {
    capacity = Math.max(capacity, PAGES * pageRows);
  }

  /** Returns whether an id was ever forgotten: while not, these are all the rows delivered. */
  boolean forgotSome() {
    return forgotten;
  }

  int capacity() {
    return capacity;
  }

  boolean contains(String id) {
    return ids.containsKey(id);
  }

  /** Returns when {@code id} was delivered (larger is later), or -1 if it is not remembered. */
  long sequenceOf(String id) {
    Long seq = ids.get(id);
    return seq == null ? -1 : seq;
  }

  /** Returns the remembered ids delivered after sequence {@code seq}. */
  Set<String> deliveredAfter(long seq) {
    Set<String> later = new HashSet<>();
    for (Map.Entry<String, Long> e : ids.entrySet()) {
      if (e.getValue() > seq) {
        later.add(e.getKey());
      }
    }
    return later;
  }

  /** Remembers {@code id} as the latest row, forgetting the oldest ids beyond the capacity. */
  void add(String id) {
    ids.remove(id);
    ids.put(id, ++sequence);
    if (ids.size() > capacity) {
      Iterator<String> oldest = ids.keySet().iterator();
      while (ids.size() > capacity) {
        oldest.next();
        oldest.remove();
        forgotten = true;
      }
    }
  }
}
