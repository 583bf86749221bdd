package io.humaans.client.directory;

import io.humaans.client.Page;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts the distinct rows of one listing handed to a reader and reports a page once all of its new
 * rows are in. The pager announces each page before handing out its rows; rows it delivered already
 * (a page re-read after the total shrank, or shifted by an insertion) are dropped by id there and
 * not counted here. A page the pager fetched but then re-read from an earlier offset hands out
 * nothing: the next page supersedes it before any of its rows arrive. Not thread-safe (used on the
 * thread that iterates the listing).
 */
final class ListingTally<T> {
  /** Receives a listing's progress: the distinct rows so far and the server's total. */
  @FunctionalInterface
  interface Sink {
    void onPage(String resource, int fetched, OptionalInt total);
  }

  private final String resource;
  private final Function<T, String> idOf;
  private final Sink sink;
  private final Set<String> seen = new HashSet<>();
  private OptionalInt total = OptionalInt.empty();

  /** The number of distinct rows at which the announced page is fully read; -1 if none waits. */
  private int pageComplete = -1;

  private boolean reported;

  ListingTally(String resource, Function<T, String> idOf, Sink sink) {
    this.resource = resource;
    this.idOf = idOf;
    this.sink = sink;
  }

  /** Notes a page the pager is about to hand out. */
  void page(Page<T> page) {
    Set<String> fresh = new HashSet<>();
    for (T row : page.data()) {
      String id = idOf.apply(row);
      if (!seen.contains(id)) {
        fresh.add(id);
      }
    }
    total = page.total();
    if (fresh.isEmpty()) {
      pageComplete = -1;
      if (!reported) {
        report(); // an empty listing still says 0 of its total, once
      }
    } else {
      pageComplete = seen.size() + fresh.size();
    }
  }

  /** Counts a row handed to the reader, reporting when it completes the announced page. */
  void row(T row) {
    if (seen.add(idOf.apply(row)) && seen.size() == pageComplete) {
      pageComplete = -1;
      report();
    }
  }

  private void report() {
    reported = true;
    sink.onPage(resource, seen.size(), total);
  }
}
