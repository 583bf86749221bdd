package io.humaans.client;

import java.util.concurrent.CompletableFuture;

/** Fetches one page of a list at a given offset; the seam between paging and HTTP. */
interface PageFetcher<T> {
  /** Returns the {@code $limit} a listing asks for until the server says it applies less. */
  int limit();

  /** Fetches the page at {@code skip} with the default {@link #limit()}. */
  default Page<T> fetch(int skip) {
    return fetch(skip, limit());
  }

  /**
   * Fetches {@code limit} rows from {@code skip}, throwing a typed {@code HumaansException} on
   * failure, including an envelope whose {@code skip} is not the one asked for and a page whose
   * {@code data} is null or missing although rows should be there.
   */
  Page<T> fetch(int skip, int limit);

  /**
   * Fetches {@code limit} rows from {@code skip} asynchronously, with the checks of {@link
   * #fetch(int, int)}.
   */
  CompletableFuture<Page<T>> fetchAsync(int skip, int limit);

  /** Returns the id of a row, used to find where paging stopped and to drop rows seen twice. */
  String idOf(T row);

  /**
   * Describes the request for the page at {@code skip}, e.g. {@code /people?$limit=250&$skip=500}.
   */
  String describe(int skip, int limit);

  /** Called when an iterator consumes a page that {@link #fetchAsync} delivered. */
  default void consumed(Page<T> page) {}

  /**
   * Called when the server applied a smaller {@code limit} than asked; following requests ask for
   * it.
   */
  default void limitCapped(int asked, int applied) {}
}
