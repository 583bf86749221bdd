package io.humaans.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Reports each page a synchronous fetch returns; asynchronous pages are reported when consumed. */
final class ObservedFetcher<T> implements PageFetcher<T> {
  private final PageFetcher<T> delegate;
  private final Consumer<? super Page<T>> listener;

  ObservedFetcher(PageFetcher<T> delegate, Consumer<? super Page<T>> listener) {
    this.delegate = delegate;
    this.listener = listener;
  }

  @Override
  public Page<T> fetch(int skip) {
    Page<T> page = delegate.fetch(skip);
    listener.accept(page);
    return page;
  }

  @Override
  public CompletableFuture<Page<T>> fetchAsync(int skip) {
    return delegate.fetchAsync(skip);
  }

  @Override
  public String describe(int skip) {
    return delegate.describe(skip);
  }

  @Override
  public String idOf(T row) {
    return delegate.idOf(row);
  }

  @Override
  public void consumed(Page<T> page) {
    listener.accept(page);
  }
}
