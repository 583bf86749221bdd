package io.humaans.client;

import io.humaans.client.errors.HumaansDecodingException;

/**
 * The {@code $limit} a listing asks for: the configured one until the server's envelope shows a
 * smaller {@code limit}, then that one (reported once through the fetcher). Shared by a parallel
 * pager and the serial pager it hands over to.
 */
final class PageLimit {
  private final PageFetcher<?> fetcher;
  private int current;
  private int widest;

  PageLimit(PageFetcher<?> fetcher) {
    this.fetcher = fetcher;
    this.current = fetcher.limit();
  }

  int current() {
    return current;
  }

  /** The most rows any page of this listing had: a page with fewer is short. */
  int widest() {
    return widest;
  }

  /** Fetches {@link #current()} rows from {@code skip}. */
  <T> Page<T> fetch(PageFetcher<T> f, int skip) {
    return learn(f.fetch(skip, current));
  }

  @SuppressWarnings("unchecked")
  <T> Page<T> fetch(int skip) {
    return fetch((PageFetcher<T>) fetcher, skip);
  }

  /** Fetches from the offset of a delivered row: asks for 2 rows at least, so the page moves on. */
  @SuppressWarnings("unchecked")
  <T> Page<T> fetchOverlapping(int skip) {
    return learn(((PageFetcher<T>) fetcher).fetch(skip, overlapping()));
  }

  int overlapping() {
    return Math.max(2, current);
  }

  /**
   * Checks the envelope's {@code skip} against the request (a server paging otherwise than asked
   * fails at once) and learns the page size the server applies (not a {@code limit} smaller than
   * the rows the page holds).
   */
  <T> Page<T> learn(Page<T> page) {
    if (page.skip() != page.requestedSkip()) {
      throw new HumaansDecodingException(
          "GET",
          fetcher.describe(page.requestedSkip(), current),
          "$.skip",
          "the list envelope says skip="
              + page.skip()
              + " for $skip="
              + page.requestedSkip()
              + "; the server may be ignoring $skip, so paging cannot go on without losing rows",
          null);
    }
    widest = Math.max(widest, page.data().size());
    int applied = page.rawLimit();
    // A page holding more rows than its limit says was not cut to it: that number is not taken.
    if (applied > 0 && applied < current && page.data().size() <= applied) {
      fetcher.limitCapped(current, applied);
      current = applied;
    }
    return page;
  }
}
