package io.humaans.client;

import java.util.concurrent.CompletableFuture;

/**
 * A test server of string rows held in memory, whose rows are their own ids: the parts every such
 * {@link PageFetcher} shares. {@link #fetchAsync} answers with what {@link #fetch(int, int)} gives
 * or throws, at once; subclasses decide what a page holds.
 */
abstract class InMemoryRowsFetcher implements PageFetcher<String> {
  @Override
  public CompletableFuture<Page<String>> fetchAsync(int skip, int limit) {
    try {
      return CompletableFuture.completedFuture(fetch(skip, limit));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public String idOf(String row) {
    return row;
  }

  @Override
  public String describe(int skip, int limit) {
    return "/rows?$limit=" + limit + "&$skip=" + skip;
  }
}
