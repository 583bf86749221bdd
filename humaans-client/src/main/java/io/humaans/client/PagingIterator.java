package io.humaans.client;

import io.humaans.client.errors.HumaansDecodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Serial auto-paging: one request at a time, one page of rows in memory plus the ids of the last
 * few pages ({@link RecentIds}). Shifts of up to that many rows between two requests lose and
 * repeat nothing: rows delivered again are dropped by id, and when the total shrinks the next
 * request backs up by the difference.
 */
final class PagingIterator<T> implements Iterator<T> {
  private final PageFetcher<T> fetcher;
  private final int startSkip;
  private final RecentIds recent;

  private Page<T> current;
  private Set<String> currentIds = Set.of();
  private List<T> buffer = List.of();
  private int index;
  private boolean done;

  PagingIterator(PageFetcher<T> fetcher, int startSkip) {
    this(fetcher, startSkip, new RecentIds(1), null);
  }

  /**
   * Starts at {@code startSkip} after {@code previous} (the last page another pager delivered,
   * or null), treating the ids in {@code recent} as delivered already.
   */
  PagingIterator(PageFetcher<T> fetcher, int startSkip, RecentIds recent, Page<T> previous) {
    this.fetcher = fetcher;
    this.startSkip = startSkip;
    this.recent = recent;
    this.current = null;
    if (previous != null) {
      Set<String> ids = new HashSet<>();
      previous.data().forEach(row -> ids.add(fetcher.idOf(row)));
      this.currentIds = ids;
    }
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
      if (next == fetched && fetched.rawTotal() == current.rawTotal()) {
        checkProgress(fetched);
      }
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
   * from that many rows earlier (at most the remembered window); rows seen already are dropped.
   */
  private Page<T> backUpIfShrunk(Page<T> previous, Page<T> next) {
    if (previous.rawTotal() < 0 || next.rawTotal() < 0 || next.rawTotal() >= previous.rawTotal()) {
      return next;
    }
    int back = Math.min(previous.rawTotal() - next.rawTotal(), recent.capacity());
    return fetcher.fetch(Math.max(0, previous.nextSkip() - back));
  }

  /**
   * Fails loudly instead of looping when the total did not change and yet the next offset gave
   * exactly the previous page again: the server is ignoring {@code $skip}.
   */
  private void checkProgress(Page<T> page) {
    if (page.data().isEmpty() || page.data().size() != currentIds.size()) {
      return;
    }
    for (T row : page.data()) {
      if (!currentIds.contains(fetcher.idOf(row))) {
        return;
      }
    }
    throw new HumaansDecodingException("GET", fetcher.describe(page.requestedSkip()), null,
        "the server returned the rows of the previous page again although the total did not change;"
            + " it may be ignoring $skip", null);
  }

  private void accept(Page<T> page) {
    recent.fitPage(Math.max(page.limit(), page.data().size()));
    Set<String> ids = new HashSet<>(page.data().size() * 2);
    buffer = newRows(fetcher, page, recent, ids);
    current = page;
    currentIds = ids;
    index = 0;
  }

  /**
   * Returns the rows of {@code page} whose ids were not delivered recently nor earlier on this
   * page, in order, and remembers them; collects this page's ids into {@code pageIds}.
   */
  static <T> List<T> newRows(PageFetcher<T> fetcher, Page<T> page, RecentIds recent, Set<String> pageIds) {
    List<T> fresh = new ArrayList<>(page.data().size());
    for (T row : page.data()) {
      String id = fetcher.idOf(row);
      if (pageIds.add(id) && !recent.contains(id)) {
        fresh.add(row);
      }
    }
    for (String id : pageIds) {
      recent.add(id);
    }
    return fresh;
  }
}
