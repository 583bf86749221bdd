package io.humaans.client;

import io.humaans.client.errors.HumaansException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Parallel auto-paging. The first page gives the total and the page size the server applies; the
 * remaining offsets are then requested with at most {@code concurrency} calls in flight, and pages
 * are consumed strictly in offset order. If a page reports a different total or comes back with a
 * different size than planned, the outstanding calls are cancelled and paging continues serially
 * (with the serial pager's shift handling) from the first row not yet delivered.
 */
final class ParallelPagingIterator<T> implements Iterator<T> {
  private final PageFetcher<T> fetcher;
  private final int startSkip;
  private final int concurrency;

  private final ArrayDeque<CompletableFuture<Page<T>>> inFlight = new ArrayDeque<>();
  private int plannedTotal = -1;
  private int pageSize;
  private int nextPlannedSkip;
  private Page<T> last;
  private final RecentIds recent = new RecentIds(1);
  private List<T> buffer = List.of();
  private int index;
  private PagingIterator<T> serialTail;
  private boolean started;
  private boolean done;

  ParallelPagingIterator(PageFetcher<T> fetcher, int startSkip, int concurrency) {
    this.fetcher = fetcher;
    this.startSkip = startSkip;
    this.concurrency = concurrency;
  }

  @Override
  public boolean hasNext() {
    while (index >= buffer.size()) {
      if (serialTail != null) {
        return serialTail.hasNext();
      }
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
    if (index >= buffer.size()) {
      return serialTail.next();
    }
    return buffer.get(index++);
  }

  private boolean advance() {
    if (done) {
      return false;
    }
    if (!started) {
      started = true;
      Page<T> first = fetcher.fetch(startSkip);
      accept(first);
      if (first.data().isEmpty() || !first.hasNextPage() || first.rawTotal() < 0) {
        if (first.hasNextPage()) {
          switchToSerial(0);
        } else {
          done = true;
        }
        return !buffer.isEmpty() || serialTail != null;
      }
      plannedTotal = first.rawTotal();
      pageSize = first.data().size();
      nextPlannedSkip = first.nextSkip();
      fill();
      return true;
    }
    if (inFlight.isEmpty()) {
      // Every planned page arrived as planned; the total may still have grown meanwhile.
      if (last.hasNextPage()) {
        switchToSerial(0);
        return true;
      }
      done = true;
      return false;
    }
    CompletableFuture<Page<T>> head = inFlight.poll();
    Page<T> page = await(head);
    boolean asPlanned = page.rawTotal() == plannedTotal
        && (page.data().size() == pageSize || page.nextSkip() >= plannedTotal);
    if (!asPlanned) {
      cancelInFlight();
      // Discard this page: the serial pager re-reads from the first row not yet delivered, backing
      // up by the rows deleted meanwhile (rows seen already are dropped by id).
      int shrunk = page.rawTotal() >= 0 ? Math.max(0, plannedTotal - page.rawTotal()) : 0;
      switchToSerial(shrunk);
      return true;
    }
    fetcher.consumed(page);
    accept(page);
    fill();
    return true;
  }

  private void fill() {
    while (inFlight.size() < concurrency && nextPlannedSkip < plannedTotal) {
      inFlight.add(fetcher.fetchAsync(nextPlannedSkip));
      nextPlannedSkip += pageSize;
    }
  }

  private void accept(Page<T> page) {
    recent.fitPage(Math.max(page.limit(), page.data().size()));
    buffer = PagingIterator.newRows(fetcher, page, recent, new HashSet<>(page.data().size() * 2));
    last = page;
    index = 0;
  }

  /**
   * Continues with the serial pager after the last page delivered (less {@code backUp} rows when
   * the total shrank), dropping rows delivered recently by id. Rows still buffered are handed out
   * first.
   */
  private void switchToSerial(int backUp) {
    int from = Math.max(0, last.nextSkip() - Math.min(backUp, recent.capacity()));
    serialTail = new PagingIterator<>(fetcher, from, recent, last);
  }

  /** Cancels the page requests still in flight, e.g. when a stream over this pager is closed. */
  void close() {
    cancelInFlight();
  }

  private void cancelInFlight() {
    for (CompletableFuture<Page<T>> f : inFlight) {
      f.cancel(true);
    }
    inFlight.clear();
  }

  private Page<T> await(CompletableFuture<Page<T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelInFlight();
      throw new CancellationException("interrupted while waiting for a page");
    } catch (ExecutionException | CompletionException e) {
      cancelInFlight();
      Throwable cause = e.getCause();
      if (cause instanceof HumaansException he) {
        throw he;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }
}
