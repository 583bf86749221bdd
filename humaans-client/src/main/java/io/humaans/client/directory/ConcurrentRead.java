package io.humaans.client.directory;

import io.humaans.client.AutoPager;
import io.humaans.client.HumaansClient;
import io.humaans.client.TokenScopes;
import io.humaans.client.directory.DirectoryReader.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One read of several listings at once, plus {@code GET /token-info}: every listing {@linkplain
 * #list started} here begins at once on its own thread with the {@linkplain
 * AutoPager#parallel(int) parallel pager}, so the first pages of all listings and the token info
 * are in flight together, and the client's dispatcher bounds the requests of all of them
 * together (its {@linkplain HumaansClient#maxConcurrentRequests() limit}). Rows of a listing stay
 * in order, de-duplicated by the pager; {@link #await} delivers the token's warnings first, then
 * each listing's progress in that listing's order, all on the thread that awaits.
 *
 * <p>A reader registers its listings ({@code DirectoryReader} registers {@code people} and
 * {@code job-roles}) and takes its rows after {@link #await}; several readers may register into
 * one instance to read in the same overlap. The first failure (of the token info or of any
 * listing) is thrown as it was raised, typed, and stops the other listings. Used once, by one
 * thread.
 */
final class ConcurrentRead {
  private final HumaansClient client;
  private final int parallelism;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private @Nullable CompletableFuture<TokenScopes> scopes;
  private volatile boolean cancelled;
  private boolean awaited;

  /**
   * @param parallelism how many pages each listing requests at once after its first (1 to 64)
   */
  ConcurrentRead(HumaansClient client, int parallelism) {
    this.client = client;
    this.parallelism = parallelism;
  }

  /** Starts {@code GET /token-info} now (once per read; later calls do nothing). */
  void startScopes() {
    if (scopes == null) {
      CompletableFuture<TokenScopes> future = client.tokenScopesAsync();
      scopes = future;
      future.whenComplete((value, failure) -> events.add(new Event(null, 0, null, failure, true)));
    }
  }

  /**
   * Starts reading every row of {@code pager} on a new thread, mapping each with {@code map}.
   *
   * @param resource the name progress is reported under, e.g. {@code people}
   * @return the rows, complete once {@link #await} has returned
   */
  <T, R> Rows<R> list(String resource, AutoPager<T> pager, Function<T, String> idOf,
      Function<T, R> map) {
    if (awaited) {
      throw new IllegalStateException("this read has been awaited already");
    }
    Rows<R> rows = new Rows<>();
    ListingTally<T> tally = new ListingTally<>(resource, idOf,
        (name, fetched, total) -> events.add(new Event(name, fetched, total, null, false)));
    Thread worker = new Thread(() -> {
      Throwable failure = null;
      try (Stream<T> stream = pager.parallel(parallelism).onPage(tally::page).stream()) {
        stream.forEach(row -> {
          if (cancelled) {
            throw new CancellationException("the read of " + resource + " was stopped");
          }
          rows.list.add(map.apply(row));
          tally.row(row);
        });
      } catch (Throwable t) {
        failure = t;
      }
      events.add(new Event(resource, 0, null, failure, true));
    }, "humaans-read-" + resource);
    worker.setDaemon(true);
    workers.add(worker);
    worker.start();
    return rows;
  }

  /**
   * Waits until the token info and every listing are read, calling {@code progress} on this
   * thread: the token's warnings first, then each page as its rows are in.
   *
   * @return the token's scopes, as {@link HumaansClient#tokenScopes()} would return them
   * @throws io.humaans.client.errors.HumaansException the first request failure, as raised
   * @throws CancellationException if this thread is interrupted while waiting (the interrupt
   *     flag is set again)
   */
  TokenScopes await(ProgressListener progress) {
    if (awaited) {
      throw new IllegalStateException("this read has been awaited already");
    }
    awaited = true;
    startScopes();
    CompletableFuture<TokenScopes> info = scopes;
    int open = workers.size() + 1;
    List<Event> held = new ArrayList<>(); // progress that arrives before the token's warnings
    boolean complete = false;
    try {
      while (open > 0) {
        Event event = events.take();
        if (event.failure != null) {
          throw rethrow(event.failure);
        }
        if (!event.end) {
          if (info.isDone()) {
            progress.onPage(event.resource, event.fetched, event.total);
          } else {
            held.add(event);
          }
          continue;
        }
        open--;
        if (event.resource == null) {
          info.join().warnings().forEach(progress::onWarning);
          for (Event e : held) {
            progress.onPage(e.resource, e.fetched, e.total);
          }
          held.clear();
        }
      }
      complete = true;
      return info.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading");
    } finally {
      if (!complete) {
        cancel();
      }
    }
  }

  /** Stops every listing still running and the token-info request. */
  private void cancel() {
    cancelled = true;
    if (scopes != null) {
      scopes.cancel(true);
    }
    for (Thread worker : workers) {
      worker.interrupt();
    }
  }

  private static RuntimeException rethrow(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException re) {
      return re;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /** The rows of one listing, filled by its worker; read them after {@link #await}. */
  static final class Rows<R> {
    private final List<R> list = new ArrayList<>();

    /** The rows in listing order; complete only after {@link #await} returned. */
    List<R> get() {
      return list;
    }
  }

  /**
   * A worker's message: a progress call, or the end of a listing ({@code end}, with its failure
   * if any); {@code resource} null with {@code end} is the token info.
   */
  private record Event(@Nullable String resource, int fetched, @Nullable OptionalInt total,
      @Nullable Throwable failure, boolean end) {}
}
