package io.humaans.client;

import io.humaans.client.errors.HumaansException;
import java.lang.ref.Cleaner;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Parallel auto-paging. The first page gives the total and the page size {@code n} the server
 * applies; the remaining pages are then requested with at most {@code concurrency} calls in flight,
 * each from the offset of the previous page's last row (so pages overlap by one row and advance by
 * {@code n - 1}), and consumed strictly in offset order. A page is taken only if it is exactly as
 * planned: same total, the planned number of rows, and its first row is the previous page's last
 * row. Anything else (rows inserted or deleted before the offset, a changed total, a server
 * repeating rows) cancels the outstanding calls and hands over to the serial pager, which re-reads
 * from the last row delivered and resynchronises or fails with a typed error. An envelope {@code
 * skip} other than the one asked for fails at once.
 */
final class ParallelPagingIterator<T> implements Iterator<T> {
  private final PageFetcher<T> fetcher;
  private final int startSkip;
  private final int concurrency;
  private final PageLimit limit;

  private static final Cleaner CLEANER = Cleaner.create();

  /** Shared with the cleaning action, which may run on the cleaner's thread: thread-safe. */
  private final Deque<Planned<T>> inFlight = new ConcurrentLinkedDeque<>();

  private final Cleaner.Cleanable cancelOnDrop;
  private int plannedTotal = -1;
  private int pageRows;
  private int nextPlannedSkip;
  private @Nullable Page<T> last;
  private final RecentIds delivered = new RecentIds(1);
  private List<T> buffer = List.of();
  private int index;
  private @Nullable PagingIterator<T> serialTail;
  private boolean started;
  private boolean done;

  ParallelPagingIterator(PageFetcher<T> fetcher, int startSkip, int concurrency) {
    this.fetcher = fetcher;
    this.startSkip = startSkip;
    this.concurrency = concurrency;
    this.limit = new PageLimit(fetcher);
    this.cancelOnDrop = CLEANER.register(this, new CancelAll<>(inFlight));
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
    if (index < buffer.size()) {
      return buffer.get(index++);
    }
    PagingIterator<T> tail = serialTail;
    if (tail == null) {
      // hasNext() returned true with nothing buffered only when the serial pager runs.
      throw new IllegalStateException("no rows buffered and no serial pager");
    }
    return tail.next();
  }

  private boolean advance() {
    if (done) {
      return false;
    }
    if (!started) {
      started = true;
      Page<T> first = PagingIterator.requireRows(fetcher, limit.fetch(startSkip), limit.current());
      accept(first, 0);
      if (!first.hasNextPage()) {
        done = true;
        return !buffer.isEmpty();
      }
      if (first.rawTotal() < 0 || first.data().size() < 2) {
        switchToSerial();
        return true;
      }
      plannedTotal = first.rawTotal();
      pageRows = first.data().size();
      nextPlannedSkip = first.nextSkip() - 1;
      fill();
      return true;
    }
    if (inFlight.isEmpty()) {
      // Every planned page arrived as planned; the total may still have grown meanwhile.
      if (lastPage().hasNextPage()) {
        switchToSerial();
        return true;
      }
      done = true;
      return false;
    }
    Planned<T> head = inFlight.poll();
    Page<T> page = await(head.future);
    try {
      limit.learn(page);
    } catch (RuntimeException e) {
      cancelInFlight(); // the listing fails: the pages after this one are not wanted any more
      throw e;
    }
    if (!asPlanned(page, head.skip)) {
      // Discarded: the serial pager re-reads from the last row delivered and finds where the
      // list stands now (rows delivered already are dropped by id).
      cancelInFlight();
      switchToSerial();
      return true;
    }
    fetcher.consumed(page);
    accept(page, 1);
    fill();
    return true;
  }

  private boolean asPlanned(Page<T> page, int skip) {
    int expectedRows = Math.min(pageRows, plannedTotal - skip);
    if (page.rawTotal() != plannedTotal
        || page.data().size() != expectedRows
        || page.data().isEmpty()) {
      return false;
    }
    List<T> before = lastPage().data();
    return fetcher.idOf(page.data().get(0)).equals(fetcher.idOf(before.get(before.size() - 1)));
  }

  private void fill() {
    while (inFlight.size() < concurrency && nextPlannedSkip + 1 < plannedTotal) {
      int skip = nextPlannedSkip;
      inFlight.add(new Planned<>(skip, fetcher.fetchAsync(skip, Math.max(2, limit.current()))));
      nextPlannedSkip += pageRows - 1;
    }
  }

  private void accept(Page<T> page, int from) {
    buffer =
        PagingIterator.newRows(fetcher, page, from, limit.current(), delivered, new HashSet<>());
    last = page;
    index = 0;
  }

  /** The latest page accepted; the first page sets it before anything reads it. */
  private Page<T> lastPage() {
    Page<T> page = last;
    if (page == null) {
      throw new IllegalStateException("no page accepted yet");
    }
    return page;
  }

  /**
   * Continues with the serial pager after the last page delivered; rows still buffered go first.
   */
  private void switchToSerial() {
    serialTail = new PagingIterator<>(fetcher, last, delivered, limit);
  }

  /**
   * Cancels the page requests still in flight and plans no more: when the iterator or a stream over
   * this pager is closed. The same happens when the garbage collector finds the pager unreachable.
   */
  void close() {
    done = true;
    serialTail = null;
    buffer = List.of();
    cancelOnDrop.clean();
  }

  private void cancelInFlight() {
    CancelAll.cancel(inFlight);
  }

  /**
   * Cancels the requests in {@code inFlight}; holds the queue, never the pager, so a pager nobody
   * references any more can be collected and have its requests cancelled.
   */
  private record CancelAll<T>(Deque<Planned<T>> inFlight) implements Runnable {
    @Override
    public void run() {
      cancel(inFlight);
    }

    static <T> void cancel(Deque<Planned<T>> inFlight) {
      for (Planned<T> p = inFlight.poll(); p != null; p = inFlight.poll()) {
        p.future.cancel(true);
      }
    }
  }

  /**
   * Waits for a page. The transport completes every future, on any {@code Throwable} and after its
   * time limit at the latest, so this wait is bounded.
   */
  private Page<T> await(CompletableFuture<Page<T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelInFlight();
      throw new CancellationException("interrupted while waiting for a page");
    } catch (ExecutionException | CompletionException e) {
      cancelInFlight();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof HumaansException he) {
        throw he;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (CancellationException e) {
      cancelInFlight();
      throw e;
    }
  }

  /** A page request in flight and the offset it asked for. */
  private record Planned<T>(int skip, CompletableFuture<Page<T>> future) {}
}
