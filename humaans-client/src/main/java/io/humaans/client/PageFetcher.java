package io.humaans.client;

import java.util.concurrent.CompletableFuture;

/** Fetches one page of a list at a given offset; the seam between paging and HTTP. */
interface PageFetcher<T> {
  /** Fetches the page starting at {@code skip}, throwing a typed {@code HumaansException} on failure. */
  Page<T> fetch(int skip);

  /** Fetches the page starting at {@code skip} asynchronously. */
  CompletableFuture<Page<T>> fetchAsync(int skip);

  /** Returns the id of a row, used to drop rows that a shifting page delivers twice. */
  String idOf(T row);

  /** Describes the request for the page at {@code skip}, e.g. {@code /people?$limit=250&$skip=500}. */
  String describe(int skip);

  /** Called when an iterator consumes a page that {@link #fetchAsync} delivered. */
  default void consumed(Page<T> page) {}
}
