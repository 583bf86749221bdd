package io.humaans.client;

import io.humaans.client.errors.HumaansDecodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The pages of {@link AutoPager#pages()}: plain offsets, fetched lazily one by one, with the checks
 * that need no overlap. It fails with a {@link HumaansDecodingException}, as the row pager does,
 * when the envelope's {@code skip} is not the one asked for, when the first page is empty although
 * the total says rows exist, and when a page brings exactly the rows of the page before under the
 * same total (a server ignoring {@code $skip}, which would otherwise be paged through again and
 * again, without end once a total it serves past no longer stops it). A smaller {@code limit} in
 * the envelope is asked for from the next request on.
 */
final class PlainPageIterator<T> implements Iterator<Page<T>> {
  private final PageFetcher<T> fetcher;
  private final PageLimit limit;
  private @Nullable Page<T> next;
  private @Nullable Page<T> previous;
  private int nextSkip;
  private boolean more = true;

  PlainPageIterator(PageFetcher<T> fetcher, int startSkip) {
    this.fetcher = fetcher;
    this.limit = new PageLimit(fetcher);
    this.nextSkip = startSkip;
  }

  @Override
  public boolean hasNext() {
    if (next == null && more) {
      Page<T> fetched = limit.fetch(nextSkip);
      Page<T> before = previous;
      if (before == null) {
        PagingIterator.requireRows(fetcher, fetched, limit.current());
      } else {
        checkFollows(fetcher, fetched, before, limit.current());
      }
      more = fetched.hasNextPage();
      nextSkip = fetched.nextSkip();
      previous = fetched;
      next = fetched.data().isEmpty() ? null : fetched;
    }
    return next != null;
  }

  @Override
  public Page<T> next() {
    Page<T> page = hasNext() ? next : null;
    if (page == null) {
      throw new NoSuchElementException();
    }
    next = null;
    return page;
  }

  /**
   * Fails when {@code page}, fetched as the page after {@code before}, is not from the offset asked
   * for (its envelope says another {@code skip}) or holds exactly the rows of {@code before} under
   * the same total: the server is ignoring {@code $skip}. Shared with {@link Page#nextPage()}.
   */
  static <T> void checkFollows(PageFetcher<T> fetcher, Page<T> page, Page<T> before, int limit) {
    checkOffset(fetcher, page, limit);
    if (repeats(fetcher, page, before)) {
      throw new HumaansDecodingException(
          "GET",
          fetcher.describe(page.requestedSkip(), limit),
          null,
          "the page repeats the rows of $skip="
              + before.requestedSkip()
              + " although the total did not change; the server may be ignoring $skip",
          null);
    }
  }

  /**
   * Returns {@code page} when it is from the offset asked for, and fails when its envelope says
   * another {@code skip}: the server is ignoring {@code $skip}. Shared with {@link
   * Resource#page(Query)}.
   */
  static <T> Page<T> checkOffset(PageFetcher<T> fetcher, Page<T> page, int limit) {
    if (page.skip() != page.requestedSkip()) {
      throw new HumaansDecodingException(
          "GET",
          fetcher.describe(page.requestedSkip(), limit),
          "$.skip",
          "the list envelope says skip="
              + page.skip()
              + " for $skip="
              + page.requestedSkip()
              + "; the server may be ignoring $skip",
          null);
    }
    return page;
  }

  /** Whether {@code page} holds exactly the rows of {@code before}, under the same total. */
  private static <T> boolean repeats(PageFetcher<T> fetcher, Page<T> page, Page<T> before) {
    if (page.data().isEmpty()
        || page.rawTotal() != before.rawTotal()
        || page.data().size() != before.data().size()) {
      return false;
    }
    for (int i = 0; i < page.data().size(); i++) {
      if (!fetcher.idOf(page.data().get(i)).equals(fetcher.idOf(before.data().get(i)))) {
        return false;
      }
    }
    return true;
  }
}
