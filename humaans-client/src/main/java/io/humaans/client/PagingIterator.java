package io.humaans.client;

import io.humaans.client.errors.HumaansDecodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Serial auto-paging: one request at a time, one page in memory. Keeps the ids of the previous
 * page only, which is enough to drop rows that a page shift delivers twice.
 */
final class PagingIterator<T> implements Iterator<T> {
  private final PageFetcher<T> fetcher;
  private final int startSkip;

  private Page<T> current;
  private Set<String> currentIds = Set.of();
  private List<T> buffer = List.of();
  private int index;
  private boolean done;

  PagingIterator(PageFetcher<T> fetcher, int startSkip) {
    this(fetcher, startSkip, Set.of());
  }

  /** Starts at {@code startSkip}, treating {@code alreadySeen} as the ids of the previous page. */
  PagingIterator(PageFetcher<T> fetcher, int startSkip, Set<String> alreadySeen) {
    this.fetcher = fetcher;
    this.startSkip = startSkip;
    this.currentIds = alreadySeen;
  }

  @Override
  public boolean hasNext() {
    while (index >= buffer.size()) {
      if (!advance()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.get(index++);
  }

  private boolean advance() {
    if (done) {
      return false;
    }
    Page<T> next;
    if (current == null) {
      next = fetcher.fetch(startSkip);
    } else {
      if (!current.hasNextPage()) {
        done = true;
        return false;
      }
      Page<T> fetched = fetcher.fetch(current.nextSkip());
      next = backUpIfShrunk(current, fetched);
      checkProgress(next, next == fetched);
    }
    accept(next);
    if (next.data().isEmpty()) {
      done = true;
      return false;
    }
    return true;
  }

  /**
   * When the total dropped between two pages, rows may have moved back past our offset: fetch again
   * from that many rows earlier (at most a page); rows seen already are dropped by id.
   */
  private Page<T> backUpIfShrunk(Page<T> previous, Page<T> next) {
    if (previous.rawTotal() < 0 || next.rawTotal() < 0 || next.rawTotal() >= previous.rawTotal()) {
      return next;
    }
    int back = Math.min(previous.rawTotal() - next.rawTotal(), previous.data().size());
    return fetcher.fetch(Math.max(0, previous.nextSkip() - back));
  }

  /** Fails loudly instead of looping when a server ignores {@code $skip} and repeats a page. */
  private void checkProgress(Page<T> page, boolean advancedNormally) {
    if (!advancedNormally || page.data().isEmpty() || page.data().size() != currentIds.size()) {
      return;
    }
    for (T row : page.data()) {
      if (!currentIds.contains(fetcher.idOf(row))) {
        return;
      }
    }
    throw new HumaansDecodingException("GET", "(page at $skip=" + page.requestedSkip() + ")", null,
        "the server returned the same rows for two different offsets; it may be ignoring $skip", null);
  }

  private void accept(Page<T> page) {
    Set<String> ids = new HashSet<>(page.data().size() * 2);
    buffer = newRows(fetcher, page, currentIds, ids);
    current = page;
    currentIds = ids;
    index = 0;
  }

  /**
   * Returns the rows of {@code page} not delivered with the previous page (whose ids are
   * {@code previousIds}) nor earlier on this page, in order; collects this page's ids into
   * {@code pageIds}.
   */
  static <T> List<T> newRows(PageFetcher<T> fetcher, Page<T> page, Set<String> previousIds, Set<String> pageIds) {
    List<T> fresh = new ArrayList<>(page.data().size());
    for (T row : page.data()) {
      String id = fetcher.idOf(row);
      if (pageIds.add(id) && !previousIds.contains(id)) {
        fresh.add(row);
      }
    }
    return fresh;
  }
}
