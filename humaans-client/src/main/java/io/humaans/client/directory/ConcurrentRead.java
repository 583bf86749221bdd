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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One read of several listings at once, plus {@code GET /token-info}: every listing {@linkplain
 * #list started} here begins at once on its own thread with the {@linkplain AutoPager#parallel(int)
 * parallel pager}, so the first pages of all listings and the token info are in flight together,
 * and the client's dispatcher bounds the requests of all of them together (its {@linkplain
 * HumaansClient#maxConcurrentRequests() limit}). Rows of a listing stay in order, de-duplicated by
 * the pager. {@link #await} reports on the thread that awaits, source by source in the order they
 * were started (the token info, then each listing): the token's warnings, then the first listing's
 * progress as it comes, then the next listing's (held until the one before has ended), so the
 * output reads as if the listings ran one after another.
 *
 * <p>A reader registers its listings ({@code DirectoryReader} registers {@code people} and {@code
 * job-roles}) and takes its rows after {@link #await}; several readers may register into one
 * instance to read in the same overlap. The first failure (of the token info or of any listing) is
 * thrown as it was raised, typed, and stops the other listings; when several fail, the one started
 * first is thrown (a rejected token is reported from {@code /token-info}), so a listing's failure
 * waits until the sources started before it have ended. Used once, by one thread.
 */
final class ConcurrentRead {
  private final HumaansClient client;
  private final int parallelism;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private @Nullable CompletableFuture<TokenScopes> scopes;
  private final List<AtomicBoolean> stops = new ArrayList<>();
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
    var unused = scopes();
  }

  /** Starts {@code GET /token-info} unless started, and returns its future. */
  private CompletableFuture<TokenScopes> scopes() {
    CompletableFuture<TokenScopes> future = scopes;
    if (future == null) {
      future = client.tokenScopesAsync();
      scopes = future;
      var unused =
          future.whenComplete(
              (value, failure) -> events.add(new Event(0, "token-info", 0, null, failure, true)));
    }
    return future;
  }

  /**
   * Starts reading every row of {@code pager} on a new thread, mapping each with {@code map}.
   *
   * @param resource the name progress is reported under, e.g. {@code people}
   * @return the rows, complete once {@link #await} has returned
   */
  <T, R> Rows<R> list(
      String resource, AutoPager<T> pager, Function<T, String> idOf, Function<T, R> map) {
    if (awaited) {
      throw new IllegalStateException("this read has been awaited already");
    }
    Rows<R> rows = new Rows<>();
    int source = workers.size() + 1;
    AtomicBoolean stop = new AtomicBoolean();
    ListingTally<T> tally =
        new ListingTally<>(
            resource,
            idOf,
            (name, fetched, total) ->
                events.add(new Event(source, name, fetched, total, null, false)));
    Thread worker =
        new Thread(
            () -> {
              Throwable failure = null;
              try (Stream<T> stream = pager.parallel(parallelism).onPage(tally::page).stream()) {
                stream.forEach(
                    row -> {
                      if (stop.get()) {
                        throw new CancellationException("the read of " + resource + " was stopped");
                      }
                      rows.list.add(map.apply(row));
                      tally.row(row);
                    });
              } catch (Throwable t) {
                failure = t;
              }
              events.add(new Event(source, resource, 0, null, failure, true));
            },
            "humaans-read-" + resource);
    worker.setDaemon(true);
    workers.add(worker);
    stops.add(stop);
    worker.start();
    return rows;
  }

  /**
   * Waits until the token info and every listing are read, calling {@code progress} on this thread:
   * the token's warnings first, then each page as its rows are in.
   *
   * @return the token's scopes, as {@link HumaansClient#tokenScopes()} would return them
   * @throws io.humaans.client.errors.HumaansException the first request failure, as raised
   * @throws CancellationException if this thread is interrupted while waiting (the interrupt flag
   *     is set again)
   */
  TokenScopes await(ProgressListener progress) {
    if (awaited) {
      throw new IllegalStateException("this read has been awaited already");
    }
    awaited = true;
    CompletableFuture<TokenScopes> info = scopes();
    // Source 0 is the token info, source k the k-th listing. Sources are released in this order:
    // a source's progress is passed on once every earlier source has ended, and its failure is
    // thrown then, unless an earlier source failed: the same cause (a rejected token) is always
    // reported from the same request, and progress comes listing by listing as before.
    int sources = workers.size() + 1;
    List<List<Event>> held = new ArrayList<>();
    boolean[] ended = new boolean[sources];
    Throwable[] failures = new Throwable[sources];
    for (int i = 0; i < sources; i++) {
      held.add(new ArrayList<>());
    }
    int cursor = 0;
    boolean complete = false;
    try {
      while (cursor < sources) {
        Event event = events.take();
        int source = event.source;
        if (!event.end) {
          held.get(source).add(event);
        } else {
          ended[source] = true;
          failures[source] = event.failure;
          if (event.failure != null) {
            cancelAfter(source); // nothing after it can be reported any more
          }
        }
        while (cursor < sources) {
          for (Event e : held.get(cursor)) {
            progress.onPage(e.resource, e.fetched, e.total == null ? OptionalInt.empty() : e.total);
          }
          held.get(cursor).clear();
          if (!ended[cursor]) {
            break;
          }
          if (failures[cursor] != null) {
            throw rethrow(failures[cursor]);
          }
          if (cursor == 0) {
            info.join().warnings().forEach(progress::onWarning);
          }
          cursor++;
        }
      }
      complete = true;
      return info.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading");
    } finally {
      if (!complete) {
        cancelAfter(-1);
      }
    }
  }

  /** Stops the sources after {@code source} (-1: all of them, the token info included). */
  private void cancelAfter(int source) {
    if (source < 0) {
      if (scopes != null) {
        scopes.cancel(true);
      }
    }
    for (int i = Math.max(0, source); i < workers.size(); i++) {
      stops.get(i).set(true);
      workers.get(i).interrupt();
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
   * A message of a source (0: the token info, k: the k-th listing): a progress call, or its end
   * ({@code end}, with its failure if any).
   */
  private record Event(
      int source,
      String resource,
      int fetched,
      @Nullable OptionalInt total,
      @Nullable Throwable failure,
      boolean end) {}
}
