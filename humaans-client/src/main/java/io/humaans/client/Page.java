package io.humaans.client;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list response: the rows and the envelope's {@code total}, {@code limit} and {@code
 * skip}. Immutable; {@link #nextPage()} performs a request.
 *
 * <p>The next page starts after the rows actually returned ({@code skip + data().size()}), so a
 * server that caps {@code $limit} below what was asked for loses nothing.
 */
public final class Page<T> {
  private final List<T> data;
  private final int total;
  private final int limit;
  private final int skip;
  private final int requestedSkip;
  private final @Nullable PageFetcher<T> fetcher;

  Page(
      List<T> data,
      int total,
      int limit,
      int skip,
      int requestedSkip,
      @Nullable PageFetcher<T> fetcher) {
    this.data = List.copyOf(data);
    this.total = total;
    this.limit = limit;
    this.skip = skip;
    this.requestedSkip = requestedSkip;
    this.fetcher = fetcher;
  }

  /**
   * Creates a stand-alone page, for tests of code that consumes pages: {@link #nextPage()} of it is
   * always empty.
   *
   * @param <T> the row type
   * @param data the rows (copied)
   * @param total the envelope's {@code total}
   * @param skip the envelope's {@code skip}
   * @param limit the envelope's {@code limit}
   * @return the page
   * @throws IllegalArgumentException if a number is negative or {@code limit} is zero
   */
  public static <T> Page<T> of(List<T> data, int total, int skip, int limit) {
    if (total < 0 || skip < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "total and skip must be >= 0 and limit >= 1, were total="
              + total
              + ", skip="
              + skip
              + ", limit="
              + limit);
    }
    return new Page<>(data, total, limit, skip, skip, null);
  }

  /** {@return the rows of this page, in server order. Never null; empty past the last row} */
  public List<T> data() {
    return data;
  }

  /** {@return the full number of matching rows, when the server reported it} */
  public OptionalInt total() {
    return total < 0 ? OptionalInt.empty() : OptionalInt.of(total);
  }

  /**
   * {@return the page size the server applied (its {@code limit}), or the number of rows if it sent
   * none}
   */
  public int limit() {
    return limit < 0 ? data.size() : limit;
  }

  /**
   * {@return the offset of this page's first row (the envelope's {@code skip}, else the one
   * requested)}
   */
  public int skip() {
    return skip < 0 ? requestedSkip : skip;
  }

  /**
   * {@return whether another page may follow: this page has rows and, when the total is known and
   * the rows do not run past it, {@code skip + data().size() < total}; when it is unknown, or
   * smaller than {@code skip + data().size()} (a stale or wrong total, which cannot end a list the
   * server is still serving), this page is full}
   */
  public boolean hasNextPage() {
    if (data.isEmpty()) {
      return false;
    }
    if (total >= 0 && nextSkip() <= total) {
      return nextSkip() < total;
    }
    return limit < 0 || data.size() >= limit;
  }

  /**
   * Fetches the page after this one, or returns empty when {@link #hasNextPage()} is false.
   *
   * @return the next page, or empty
   * @throws io.humaans.client.errors.HumaansException if the request fails; a {@link
   *     io.humaans.client.errors.HumaansDecodingException} when the server ignores {@code $skip}
   *     (the envelope says another {@code skip}, or the page repeats this one's rows under the same
   *     total), which would otherwise be paged through again and again
   */
  public Optional<Page<T>> nextPage() {
    PageFetcher<T> f = fetcher;
    if (!hasNextPage() || f == null) {
      return Optional.empty();
    }
    Page<T> next = f.fetch(nextSkip());
    PlainPageIterator.checkFollows(f, next, this, f.limit());
    return Optional.of(next);
  }

  /** The offset of the row after this page, counted from what was asked for and what came back. */
  int nextSkip() {
    return requestedSkip + data.size();
  }

  int requestedSkip() {
    return requestedSkip;
  }

  int rawTotal() {
    return total;
  }

  int rawLimit() {
    return limit;
  }

  @Override
  public String toString() {
    return "Page{skip="
        + skip()
        + ", limit="
        + limit()
        + ", total="
        + (total < 0 ? "?" : total)
        + ", rows="
        + data.size()
        + "}";
  }
}
