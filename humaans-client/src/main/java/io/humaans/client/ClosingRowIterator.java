package io.humaans.client;

import java.util.Iterator;

/**
 * The {@link RowIterator} of a pager: delegates to the serial or parallel paging iterator, runs
 * {@code onClose} (cancelling a parallel pager's requests in flight) once when closed, and refuses
 * to be read after that, so a closed iteration sends no further request.
 */
final class ClosingRowIterator<T> implements RowIterator<T> {
  private final Iterator<T> rows;
  private final Runnable onClose;
  private boolean closed;

  ClosingRowIterator(Iterator<T> rows, Runnable onClose) {
    this.rows = rows;
    this.onClose = onClose;
  }

  @Override
  public boolean hasNext() {
    requireOpen();
    return rows.hasNext();
  }

  @Override
  public T next() {
    requireOpen();
    return rows.next();
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException(
          "the listing's iterator was closed; call iterator() again to list from the start");
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      onClose.run();
    }
  }

  @Override
  public String toString() {
    return "RowIterator{" + (closed ? "closed" : rows.getClass().getSimpleName()) + "}";
  }
}
