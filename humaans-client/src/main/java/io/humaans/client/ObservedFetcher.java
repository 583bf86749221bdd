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
  public int limit() {
    return delegate.limit();
  }

  @Override
  public Page<T> fetch(int skip, int limit) {
    Page<T> page = delegate.fetch(skip, limit);
    listener.accept(page);
    return page;
  }

  @Override
  public CompletableFuture<Page<T>> fetchAsync(int skip, int limit) {
    return delegate.fetchAsync(skip, limit);
  }

  @Override
  public String describe(int skip, int limit) {
    return delegate.describe(skip, limit);
  }

  @Override
  public String idOf(T row) {
    return delegate.idOf(row);
  }

  @Override
  public void consumed(Page<T> page) {
    listener.accept(page);
  }

  @Override
  public void limitCapped(int asked, int applied) {
    delegate.limitCapped(asked, applied);
  }
}
