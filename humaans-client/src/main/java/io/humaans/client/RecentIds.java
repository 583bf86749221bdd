package io.humaans.client;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The ids of the rows a pager delivered most recently, at most {@link #capacity()} of them (the
 * oldest are forgotten first). Offset paging shifts rows by the number inserted or deleted before
 * the current offset; remembering a few pages of ids is enough to drop rows a shift delivers
 * again, while memory stays bounded however long the list is. Not thread-safe.
 */
final class RecentIds {
  /** How many pages of ids are remembered. */
  static final int PAGES = 4;

  private final LinkedHashSet<String> ids = new LinkedHashSet<>();
  private int capacity;

  RecentIds(int capacity) {
    this.capacity = Math.max(1, capacity);
  }

  /** Grows the window to {@code PAGES} pages of {@code pageRows} rows, if that is larger. */
  void fitPage(int pageRows) {
    capacity = Math.max(capacity, PAGES * pageRows);
  }

  int capacity() {
    return capacity;
  }

  boolean contains(String id) {
    return ids.contains(id);
  }

  /** Remembers {@code id}, forgetting the oldest ids beyond the capacity. */
  void add(String id) {
    if (ids.add(id) && ids.size() > capacity) {
      Iterator<String> oldest = ids.iterator();
      while (ids.size() > capacity) {
        oldest.next();
        oldest.remove();
      }
    }
  }
}
