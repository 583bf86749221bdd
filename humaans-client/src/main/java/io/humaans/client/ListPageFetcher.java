package io.humaans.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a fixed list of rows as pages, without HTTP: the source behind {@link AutoPager#of} for
 * consumers' unit tests.
 */
final class ListPageFetcher<T> implements PageFetcher<T> {
  private final List<T> rows;
  private final int pageSize;
  private final AtomicLong ids = new AtomicLong();

  ListPageFetcher(List<T> rows, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
    this.rows = List.copyOf(requireNonNull(rows, "rows == null"));
    this.pageSize = pageSize;
  }

  @Override
  public Page<T> fetch(int skip) {
    int from = Math.min(skip, rows.size());
    int to = Math.min(from + pageSize, rows.size());
    return new Page<>(rows.subList(from, to), rows.size(), pageSize, skip, skip, this);
  }

  @Override
  public CompletableFuture<Page<T>> fetchAsync(int skip) {
    return CompletableFuture.completedFuture(fetch(skip));
  }

  /** Every row is distinct here, even equal ones: the list is delivered exactly as given. */
  @Override
  public String idOf(T row) {
    return "row-" + ids.incrementAndGet();
  }

  @Override
  public String describe(int skip) {
    return "in-memory list?$limit=" + pageSize + "&$skip=" + skip;
  }
}
