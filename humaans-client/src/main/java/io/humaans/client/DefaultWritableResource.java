package io.humaans.client;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.Futures;
import io.humaans.client.internal.Transport;
import io.humaans.client.model.DeleteResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The one implementation of {@link WritableResource}. */
final class DefaultWritableResource<T, P> extends DefaultResource<T>
    implements WritableResource<T, P> {
  private final JsonAdapter<P> paramsAdapter;
  private final JsonAdapter<DeleteResult> deleteAdapter;

  DefaultWritableResource(
      Transport transport,
      String path,
      JsonAdapter<T> rowAdapter,
      JsonAdapter<P> paramsAdapter,
      JsonAdapter<DeleteResult> deleteAdapter,
      Function<T, String> idOf,
      int pageSize) {
    this(transport, path, rowAdapter, paramsAdapter, deleteAdapter, idOf, pageSize, PagingLog.NONE);
  }

  DefaultWritableResource(
      Transport transport,
      String path,
      JsonAdapter<T> rowAdapter,
      JsonAdapter<P> paramsAdapter,
      JsonAdapter<DeleteResult> deleteAdapter,
      Function<T, String> idOf,
      int pageSize,
      PagingLog log) {
    super(transport, path, rowAdapter, idOf, pageSize, log);
    this.paramsAdapter = paramsAdapter;
    this.deleteAdapter = deleteAdapter;
  }

  @Override
  public T create(P params) {
    return transport.send("POST", path, body(params), rowAdapter);
  }

  @Override
  public CompletableFuture<T> createAsync(P params) {
    return transport.sendAsync("POST", path, body(params), rowAdapter);
  }

  @Override
  public T update(String id, P params) {
    return theRowAsked("PATCH", id, transport.send("PATCH", itemUrl(id), body(params), rowAdapter));
  }

  @Override
  public CompletableFuture<T> updateAsync(String id, P params) {
    return Futures.map(
        transport.sendAsync("PATCH", itemUrl(id), body(params), rowAdapter),
        row -> theRowAsked("PATCH", id, row));
  }

  @Override
  public DeleteResult delete(String id) {
    DeleteResult result = transport.send("DELETE", itemUrl(id), null, deleteAdapter);
    return answeringFor("DELETE", id, result.id(), result);
  }

  @Override
  public CompletableFuture<DeleteResult> deleteAsync(String id) {
    return Futures.map(
        transport.sendAsync("DELETE", itemUrl(id), null, deleteAdapter),
        result -> answeringFor("DELETE", id, result.id(), result));
  }

  private String body(P params) {
    return paramsAdapter.toJson(requireNonNull(params, "params == null"));
  }
}
