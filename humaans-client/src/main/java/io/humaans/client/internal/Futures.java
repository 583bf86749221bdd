package io.humaans.client.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Future helpers that keep cancellation flowing back to the HTTP call. Not API. */
public final class Futures {
  private Futures() {}

  /**
   * Returns {@code source.thenApply(f)} whose cancellation also cancels {@code source} (and so the
   * HTTP call behind it): a plain {@code thenApply} stage does not propagate {@code cancel}.
   */
  public static <T, R> CompletableFuture<R> map(
      CompletableFuture<T> source, Function<? super T, ? extends R> f) {
    CompletableFuture<R> derived = source.thenApply(f);
    var unused =
        derived.whenComplete(
            (value, error) -> {
              if (derived.isCancelled()) {
                source.cancel(true);
              }
            });
    return derived;
  }
}
