package io.humaans.client;

import io.humaans.client.errors.HumaansDecodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Serial auto-paging with overlapping pages. Every page after the first is requested from the
 * offset of the previous page's last row ({@code $skip = next - 1}), so each answer shows where
 * paging really stands: the pager resumes right after the latest row it delivered that is on the
 * page. When no delivered row is on it (rows before the offset were deleted), it backs up page by
 * page, at most the rows it remembers ({@link RecentIds}), and fails with a typed error when it
 * still cannot tell where it stopped (unless it remembers every row it delivered and none is left:
 * then it starts over from the first row, dropping rows it delivered). A full page that brings
 * nothing new while the total stays the same and shows exactly the rows of the page before means
 * the server ignores {@code $skip}: that fails too.
 */
final class PagingIterator<T> implements Iterator<T> {
  private final PageFetcher<T> fetcher;
  private final int startSkip;
  private final RecentIds delivered;

  /**
   * Delivered rows that a resync found later in the list than where it resumed: dropped when seen.
   */
  private final Set<String> expectedAgain = new HashSet<>();

  private final PageLimit limit;

  private @Nullable Page<T> previous;
  private List<T> buffer = List.of();
  private int index;
  private int barren;
  private boolean done;

  PagingIterator(PageFetcher<T> fetcher, int startSkip) {
    this.fetcher = fetcher;
    this.startSkip = startSkip;
    this.delivered = new RecentIds(1);
    this.limit = new PageLimit(fetcher);
  }

  /**
   * Continues after {@code previous}, whose rows (and those in {@code delivered}) were handed out.
   */
  PagingIterator(
      PageFetcher<T> fetcher, @Nullable Page<T> previous, RecentIds delivered, PageLimit limit) {
    this.fetcher = fetcher;
    this.startSkip = previous == null ? 0 : previous.requestedSkip();
    this.delivered = delivered;
    this.limit = limit;
    this.previous = previous;
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
    if (previous == null) {
      Page<T> first = requireRows(fetcher, limit.fetch(startSkip), limit.current());
      accept(first, fresh(first, 0));
      return true;
    }
    if (!previous.hasNextPage()) {
      done = true;
      return false;
    }
    int at = previous.nextSkip() - 1;
    Page<T> page = limit.fetchOverlapping(at);
    int found = latestDelivered(page);
    if (found < 0) {
      page = backUp(at);
      if (page == null) {
        done = true;
        return false;
      }
      found = latestDelivered(page); // -1 when every delivered row was deleted
    }
    List<T> rows = fresh(page, found + 1);
    if (rows.isEmpty() && !checkProgress(page)) {
      done = true;
      return false;
    }
    accept(page, rows);
    return true;
  }

  /**
   * Returns the index of the latest delivered row on {@code page}, or -1. When it is not the last
   * row delivered, rows were inserted before the offset or the last row was deleted: delivered rows
   * still ahead are remembered so they are not handed out again.
   */
  private int latestDelivered(Page<T> page) {
    int found = -1;
    long latest = -1;
    List<T> data = page.data();
    for (int i = 0; i < data.size(); i++) {
      long seq = delivered.sequenceOf(fetcher.idOf(data.get(i)));
      if (seq > latest) {
        latest = seq;
        found = i;
      }
    }
    if (found >= 0) {
      expectedAgain.addAll(delivered.deliveredAfter(latest));
    }
    return found;
  }

  /**
   * Rows before offset {@code at} were deleted, so the page there starts after rows not yet
   * delivered: re-reads earlier pages, overlapping by one row, until one holds a delivered row.
   * Returns null when the list is now empty; throws when the shift exceeds the rows remembered.
   */
  private @Nullable Page<T> backUp(int at) {
    int step = Math.max(1, limit.current() - 1);
    int from = at;
    while (from > 0 && at - from < delivered.capacity()) {
      from = Math.max(0, from - step);
      Page<T> page = limit.fetchOverlapping(from);
      if (latestDelivered(page) >= 0) {
        return page;
      }
      if (from == 0 && page.data().isEmpty()) {
        if (page.rawTotal() > 0) {
          throw new HumaansDecodingException(
              "GET",
              fetcher.describe(0, limit.current()),
              "$.data",
              "the first page is empty although total="
                  + page.rawTotal()
                  + " (re-read because the page at $skip="
                  + at
                  + " held no row delivered); ending the listing here could lose rows",
              null);
        }
        return null; // every row is gone: nothing remains to deliver
      }
      if (from == 0 && !delivered.forgotSome()) {
        // Every row delivered so far is remembered and none is left at the start of the list:
        // they were all deleted, so every row there is new to this listing. Rows delivered
        // already that insertions pushed further on are dropped when they come.
        expectedAgain.addAll(delivered.deliveredAfter(-1));
        return page;
      }
    }
    throw new HumaansDecodingException(
        "GET",
        fetcher.describe(at, limit.current()),
        null,
        "none of the last "
            + delivered.capacity()
            + " rows delivered is at or before $skip="
            + at
            + " any more (rows before it were deleted while the listing ran); where paging stopped"
            + " cannot be told, so rows could be lost: list again",
        null);
  }

  /**
   * Decides what a page that brought no new row means: the end of the list when the page is short
   * and nothing follows it ({@link #shortOfTheTotal}); a walk over delivered rows that insertions
   * pushed forward (returns true) while it shows other rows than the page before; a server ignoring
   * {@code $skip} when it shows exactly the rows of the page before, from another offset, with the
   * same total. A walk longer than the rows remembered fails too, rather than loop.
   */
  private boolean checkProgress(Page<T> page) {
    if (!page.hasNextPage()) {
      return false;
    }
    // Short: fewer rows than asked for (overlapping) and than the server ever sent at once.
    if (page.data().size() < Math.min(limit.overlapping(), limit.widest())
        && !shortOfTheTotal(page)) {
      return false;
    }
    barren++;
    Page<T> before = previous;
    boolean repeated =
        before != null
            && page.rawTotal() == before.rawTotal()
            && page.requestedSkip() != before.requestedSkip()
            && sameIds(page, before);
    if (repeated || barren > RecentIds.PAGES + 2) {
      throw new HumaansDecodingException(
          "GET",
          fetcher.describe(page.requestedSkip(), limit.current()),
          null,
          (repeated && before != null
                  ? "the page repeats the rows of $skip="
                      + before.requestedSkip()
                      + " although the total did not change"
                  : barren + " pages in a row brought no row not delivered already")
              + "; the server may be ignoring $skip",
          null);
    }
    return true;
  }

  /**
   * A short page that brought nothing new although its total says rows follow: asks for the rows
   * right after it. None there, under the same total, is the end (a total larger than the rows
   * served: returns false); none there under a smaller total means rows were deleted meanwhile and
   * may have moved the next row back onto the offset asked: returns true, to look again from the
   * last row delivered. Rows there mean the server sent fewer rows than it has mid-list, and going
   * on from them could not tell whether rows moved in between: that fails.
   */
  private boolean shortOfTheTotal(Page<T> page) {
    Page<T> after = limit.fetch(page.nextSkip());
    if (after.data().isEmpty()) {
      return after.rawTotal() >= 0 && after.rawTotal() < page.rawTotal();
    }
    throw new HumaansDecodingException(
        "GET",
        fetcher.describe(page.requestedSkip(), limit.current()),
        null,
        "the page holds "
            + page.data().size()
            + (page.data().size() == 1 ? " row" : " rows")
            + ", all delivered already, although total="
            + page.rawTotal()
            + " and $skip="
            + page.nextSkip()
            + " has rows: the server sent fewer rows than asked for mid-list, so where paging stands"
            + " cannot be told without risking lost rows; list again",
        null);
  }

  private boolean sameIds(Page<T> a, Page<T> b) {
    if (a.data().size() != b.data().size()) {
      return false;
    }
    for (int i = 0; i < a.data().size(); i++) {
      if (!fetcher.idOf(a.data().get(i)).equals(fetcher.idOf(b.data().get(i)))) {
        return false;
      }
    }
    return true;
  }

  private void accept(Page<T> page, List<T> rows) {
    if (!rows.isEmpty()) {
      barren = 0;
    }
    buffer = rows;
    index = 0;
    previous = page;
  }

  /**
   * Returns the rows of {@code page} from index {@code from} not delivered yet, in order, and
   * remembers them (and any repeats) as the latest delivered.
   */
  private List<T> fresh(Page<T> page, int from) {
    return newRows(fetcher, page, from, limit.current(), delivered, expectedAgain);
  }

  /**
   * Returns the first page of a listing, failing when it holds no row although its total says rows
   * are there: ending there would deliver an empty list in silence. Shared with the parallel pager.
   */
  static <T> Page<T> requireRows(PageFetcher<T> fetcher, Page<T> first, int limit) {
    if (first.data().isEmpty() && first.rawTotal() > first.requestedSkip()) {
      throw new HumaansDecodingException(
          "GET",
          fetcher.describe(first.requestedSkip(), limit),
          "$.data",
          "the first page holds no row although total="
              + first.rawTotal()
              + "; ending the listing here would deliver no row in silence",
          null);
    }
    return first;
  }

  /**
   * The shared dedup step of the serial and the parallel pager. A page holding one id twice fails:
   * it is not a slice of the list (a row repeated in it may stand where another row should be), and
   * counting it as its size would skip that row.
   */
  static <T> List<T> newRows(
      PageFetcher<T> fetcher,
      Page<T> page,
      int from,
      int asked,
      RecentIds delivered,
      Set<String> expectedAgain) {
    delivered.fitPage(Math.max(page.limit(), page.data().size()));
    List<T> data = page.data();
    Map<String, Integer> onPage = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      String id = fetcher.idOf(data.get(i));
      Integer before = onPage.putIfAbsent(id, i);
      if (before != null) {
        throw new HumaansDecodingException(
            "GET",
            fetcher.describe(page.requestedSkip(), asked),
            "$.data[" + i + "].id",
            "the page holds this row's id twice (also at $.data["
                + before
                + "]), so it is not a slice of the list and a row could be missing from it",
            null);
      }
    }
    List<T> fresh = new ArrayList<>(Math.max(0, data.size() - from));
    for (int i = Math.max(0, from); i < data.size(); i++) {
      T row = data.get(i);
      String id = fetcher.idOf(row);
      // Both run for every row: expectedAgain must lose the id whatever delivered says.
      boolean deliveredBefore = delivered.contains(id);
      boolean expected = expectedAgain.remove(id);
      if (!deliveredBefore && !expected) {
        fresh.add(row);
      }
      delivered.add(id);
    }
    return fresh;
  }
}
