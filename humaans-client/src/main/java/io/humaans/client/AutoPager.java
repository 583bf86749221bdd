package io.humaans.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, auto-paging view of a list: iterating requests one page at a time, holding about one page
 * of rows in memory, until {@code skip + rows >= total} (or, without a total, a short page).
 *
 * <pre>{@code
 * for (Person p : client.people().list()) { ... }
 * long n = client.jobRoles().list(JobRoleQuery.builder().personId(id).build()).stream().count();
 * }</pre>
 *
 * <p><b>Guarantee.</b> An iteration yields every row that exists from its start to its end exactly
 * once, in the server's order, or throws a typed {@code HumaansException} from {@code hasNext()} /
 * {@code next()} whose message names the {@code $skip} where it stopped; it never ends early
 * without one. Rows inserted or deleted during the iteration may or may not be yielded, never
 * twice. How: each page after the first is requested from the offset of the previous page's last
 * row, so every answer shows whether rows moved; the pager resumes after the last row it delivered
 * that is on the page, backs up page by page when rows before the offset were deleted, and drops
 * rows it delivered already by id. It throws a {@code HumaansDecodingException} when the envelope's
 * {@code skip} is not the one asked for or a page repeats the previous one from another offset (the
 * server ignores {@code $skip}), when {@code data} is null or missing before the total is reached,
 * or the first page is empty although the total says rows exist, when a row's id is blank (rows are
 * told apart by id) or a page holds one id twice, when a short page brings only rows delivered
 * already while rows follow it, and when more rows were deleted before the offset than it remembers
 * (the ids of the last four pages, so memory stays bounded by the page size) and it cannot tell
 * where it stopped. Any other failed page throws its own typed exception.
 *
 * <p><b>Limits.</b> The guarantee assumes the server keeps the rows that stay in the same order
 * between requests: a row whose sort position changes during the iteration may be missed or yielded
 * twice. A {@code total} larger than the rows served ends at the last row served (once a request
 * past it finds nothing); a {@code total} smaller than the rows already served is not trusted, and
 * paging goes on while pages are full.
 *
 * <p><b>Page size.</b> The {@code $limit} asked for is the client's page size (250) until an
 * envelope reports a smaller {@code limit}; later requests of the iteration ask for that, and the
 * client's logger notes it once. Paging advances by the rows actually returned.
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page. {@link
 * #parallel(int)} fetches the remaining pages concurrently once the first page has told the total,
 * with the same guarantee, still yielding rows in order. Instances are immutable and thread-safe;
 * iterators are not.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final PageFetcher<T> fetcher;
  private final int startSkip;
  private final int parallelism;
  private final Consumer<? super Page<T>> pageListener;

  AutoPager(PageFetcher<T> fetcher, int startSkip, int parallelism) {
    this(fetcher, startSkip, parallelism, page -> {});
  }

  private AutoPager(
      PageFetcher<T> fetcher,
      int startSkip,
      int parallelism,
      Consumer<? super Page<T>> pageListener) {
    this.fetcher = fetcher;
    this.startSkip = startSkip;
    this.parallelism = parallelism;
    this.pageListener = pageListener;
  }

  /**
   * Creates a pager over a fixed list, in pages of 250 rows, without HTTP: for unit tests of code
   * that takes an {@code AutoPager}. Every row is delivered once, in order, also by {@link
   * #parallel(int)}. Rows are told apart by identity: equal rows that are distinct objects are all
   * delivered; the same object listed twice is rejected.
   *
   * @param <T> the row type
   * @param rows the rows (copied)
   * @return the pager
   */
  public static <T> AutoPager<T> of(List<T> rows) {
    return of(rows, 250);
  }

  /**
   * Creates a pager over a fixed list in pages of {@code pageSize} rows, as {@link #of(List)}.
   *
   * @param <T> the row type
   * @param rows the rows (copied)
   * @param pageSize the rows per page, at least 2 (pages after the first overlap the one before by
   *     a row, as with a real listing)
   * @return the pager
   * @throws IllegalArgumentException if {@code pageSize} is below 2, or an object is listed twice
   */
  public static <T> AutoPager<T> of(List<T> rows, int pageSize) {
    return new AutoPager<>(new ListPageFetcher<>(rows, pageSize), 0, 1);
  }

  /**
   * Fetches and returns the first page only.
   *
   * @return the first page
   */
  public Page<T> firstPage() {
    return fetcher.fetch(startSkip);
  }

  /**
   * {@return the pages as the server sends them (plain offsets, no overlap, no de-duplication and
   * so no shift detection), fetched lazily one by one: a page is requested by {@code hasNext()}, so
   * a failing page throws there and never hides the page before it} Iterate the pager itself for
   * the guarantee of the class. As the pager does, it fails with a {@code HumaansDecodingException}
   * when the envelope's {@code skip} is not the one asked for, when the first page is empty
   * although the total says rows exist, and when a page repeats the rows of the page before under
   * the same total (a server ignoring {@code $skip}); a smaller {@code limit} in the envelope is
   * asked for from the next request on.
   */
  public Iterable<Page<T>> pages() {
    return () -> new PlainPageIterator<>(fetcher, startSkip);
  }

  @Override
  public RowIterator<T> iterator() {
    PageFetcher<T> observed = new ObservedFetcher<>(fetcher, pageListener);
    if (parallelism > 1) {
      ParallelPagingIterator<T> parallel =
          new ParallelPagingIterator<>(observed, startSkip, parallelism);
      return new ClosingRowIterator<>(parallel, parallel::close);
    }
    return new ClosingRowIterator<>(new PagingIterator<>(observed, startSkip), () -> {});
  }

  /**
   * {@return a sequential, ordered stream over every row, fetching pages lazily} Closing the stream
   * (try-with-resources) cancels the page requests a {@linkplain #parallel(int) parallel} pager
   * still has in flight.
   */
  public Stream<T> stream() {
    RowIterator<T> it = iterator();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(it::close);
  }

  /**
   * Reads every row into a new list. Memory grows with the result: prefer iterating.
   *
   * @return every row, in order
   */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    try (RowIterator<T> rows = iterator()) {
      while (rows.hasNext()) {
        all.add(rows.next());
      }
    }
    return all;
  }

  /**
   * Returns a pager that, after the first page, requests up to {@code concurrency} further pages at
   * once (offsets computed from the first page's {@code total} and the page size the server
   * applied, each page overlapping the one before by one row). Rows still come out in order, and
   * memory stays bounded by {@code concurrency} pages. A page that is not as planned (another
   * total, another row count, or not starting with the row the page before ended on) is discarded
   * with the requests still in flight, and paging continues serially from the last row delivered,
   * with the guarantee of the class. {@code concurrency} of 1 is the serial pager.
   *
   * @param concurrency how many page requests may be in flight, 1 to 64
   * @return a pager with the same query and listener
   * @throws IllegalArgumentException if {@code concurrency} is outside 1..64
   */
  public AutoPager<T> parallel(int concurrency) {
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("concurrency must be between 1 and 64: " + concurrency);
    }
    return new AutoPager<>(fetcher, startSkip, concurrency, pageListener);
  }

  /**
   * Returns a pager that calls {@code listener} with each page as it is consumed by an iteration
   * (in offset order, on the iterating thread), e.g. to report progress as rows fetched of {@link
   * Page#total()}. Pages a parallel fetch discards are not reported.
   *
   * @param listener called with each page consumed
   * @return a new pager over the same rows
   */
  public AutoPager<T> onPage(Consumer<? super Page<T>> listener) {
    java.util.Objects.requireNonNull(listener, "listener == null");
    return new AutoPager<>(fetcher, startSkip, parallelism, listener);
  }

  @Override
  public String toString() {
    return "AutoPager{startSkip=" + startSkip + ", parallelism=" + parallelism + "}";
  }
}
