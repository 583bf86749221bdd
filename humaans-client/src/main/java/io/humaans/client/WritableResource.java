package io.humaans.client;

import io.humaans.client.model.DeleteResult;
import java.util.concurrent.CompletableFuture;

/**
 * Read and write access to a Humaans resource: create ({@code POST}), update ({@code PATCH},
 * sending only the fields set on the params) and delete. Writes are never retried automatically,
 * since a {@code POST} that timed out may still have been applied (a {@code DELETE} only after a
 * 429 or 503, which say it was refused), nor sent to another location: a write answered with a
 * redirect fails with an {@code UnexpectedStatusException} naming the location. {@code update} and
 * {@code delete} fail with a {@code HumaansDecodingException} when the answer is about another row
 * than the id given. Implementations are thread-safe.
 *
 * @param <T> the model type of the resource's rows
 * @param <P> the params type of create and update bodies
 */
public interface WritableResource<T, P> extends Resource<T> {
  /**
   * Creates a row and returns it as the server stored it.
   *
   * @param params the fields of the new row
   * @return the stored row
   */
  T create(P params);

  /**
   * Asynchronous {@link #create}.
   *
   * @param params the fields of the new row
   * @return a future of the stored row
   */
  CompletableFuture<T> createAsync(P params);

  /**
   * Updates the fields set on {@code params} and returns the full updated row.
   *
   * @param id the row id
   * @param params the fields to change
   * @return the updated row
   */
  T update(String id, P params);

  /**
   * Asynchronous {@link #update}.
   *
   * @param id the row id
   * @param params the fields to change
   * @return a future of the updated row
   */
  CompletableFuture<T> updateAsync(String id, P params);

  /**
   * Deletes a row.
   *
   * @param id the row id
   * @return what the server answered
   */
  DeleteResult delete(String id);

  /**
   * Asynchronous {@link #delete}.
   *
   * @param id the row id
   * @return a future of what the server answered
   */
  CompletableFuture<DeleteResult> deleteAsync(String id);
}
