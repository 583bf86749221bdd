package io.humaans.client;

import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a fixed list of rows as pages, without HTTP: the source behind {@link AutoPager#of} for
 * consumers' unit tests. Rows are told apart by identity (the pager finds where it stopped by row
 * id, as with a real listing), so equal rows that are distinct objects are all delivered, and the
 * same object listed twice is rejected, as no listing delivers one row twice.
 */
final class ListPageFetcher<T> implements PageFetcher<T> {
  private final List<T> rows;
  private final int pageSize;
  private final IdentityHashMap<T, Integer> positions = new IdentityHashMap<>();

  ListPageFetcher(List<T> rows, int pageSize) {
    if (pageSize < 2) {
      throw new IllegalArgumentException(
          "pageSize must be at least 2 (pages overlap by a row), was " + pageSize);
    }
    this.rows = List.copyOf(requireNonNull(rows, "rows == null"));
    this.pageSize = pageSize;
    for (int i = 0; i < this.rows.size(); i++) {
      Integer before = positions.putIfAbsent(this.rows.get(i), i);
      if (before != null) {
        throw new IllegalArgumentException(
            "the same row object is listed twice, at "
                + before
                + " and "
                + i
                + ": a listing never delivers one row twice (use distinct objects)");
      }
    }
  }

  @Override
  public int limit() {
    return pageSize;
  }

  @Override
  public Page<T> fetch(int skip, int limit) {
    int from = Math.min(skip, rows.size());
    int to = Math.min(from + Math.min(limit, pageSize), rows.size());
    return new Page<>(rows.subList(from, to), rows.size(), pageSize, skip, skip, this);
  }

  @Override
  public CompletableFuture<Page<T>> fetchAsync(int skip, int limit) {
    return CompletableFuture.completedFuture(fetch(skip, limit));
  }

  @Override
  public String idOf(T row) {
    Integer at = positions.get(row);
    if (at == null) {
      throw new IllegalStateException("a row that is not in the list: " + row);
    }
    return "row-" + at;
  }

  @Override
  public String describe(int skip, int limit) {
    return "in-memory list?$limit=" + Math.min(limit, pageSize) + "&$skip=" + skip;
  }
}
