package io.humaans.client;

import java.util.Iterator;

/**
 * An iterator over the rows of a listing ({@link AutoPager#iterator()}) that can be closed when the
 * caller stops early, e.g. in a try-with-resources block:
 *
 * <pre>{@code
 * try (RowIterator<Person> rows = client.people().list().parallel(8).iterator()) {
 *   while (rows.hasNext() && !found) { ... }
 * }
 * }</pre>
 *
 * <p>Closing cancels the page requests a {@linkplain AutoPager#parallel(int) parallel} pager still
 * has in flight (their HTTP calls are cancelled) and sends no further request; a serial pager has
 * none in flight. A parallel iterator that is dropped without {@code close()} cancels its requests
 * once the garbage collector finds it unreachable, which may be much later. Reading a closed
 * iterator fails; reading it to its end needs no {@code close()}. Not thread-safe, like any
 * iterator.
 *
 * @param <T> the row type
 */
public interface RowIterator<T> extends Iterator<T>, AutoCloseable {
  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the iterator was closed
   */
  @Override
  boolean hasNext();

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the iterator was closed
   */
  @Override
  T next();

  /**
   * Cancels the page requests still in flight and stops the iteration; later calls to {@link
   * #hasNext()} and {@link #next()} throw {@link IllegalStateException}. Closing twice does nothing
   * more.
   */
  @Override
  void close();
}
