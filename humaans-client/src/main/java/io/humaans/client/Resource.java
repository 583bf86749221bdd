package io.humaans.client;

import java.util.concurrent.CompletableFuture;

/**
 * Read access to one Humaans resource, e.g. {@code client.locations()} for {@code /locations}.
 *
 * <p>Every call throws a subclass of {@link io.humaans.client.errors.HumaansException} on failure:
 * a {@link io.humaans.client.errors.PermissionException} naming the missing token scope when the
 * token may not read the resource. Implementations are thread-safe.
 *
 * @param <T> the model type of the resource's rows
 */
public interface Resource<T> {
  /** {@return the resource path relative to the base URL, e.g. {@code job-roles}} */
  String path();

  /** {@return a lazy auto-pager over every row. No request is made until it is iterated} */
  AutoPager<T> list();

  /**
   * {@return a lazy auto-pager over the rows matching {@code query}}
   *
   * @param query the query
   */
  AutoPager<T> list(Query query);

  /**
   * Fetches exactly one page: the query's {@code $skip} (default 0) and {@code $limit}.
   *
   * @param query the filters, offset and page size
   * @return the page
   * @throws io.humaans.client.errors.HumaansDecodingException if the envelope's {@code skip} is not
   *     the one asked for (a server ignoring {@code $skip}), as {@link Page#nextPage()} does
   */
  Page<T> page(Query query);

  /**
   * Asynchronous {@link #page(Query)}; cancelling the future cancels the HTTP call.
   *
   * @param query the filters, offset and page size
   * @return a future of the page
   */
  CompletableFuture<Page<T>> pageAsync(Query query);

  /**
   * Fetches one row by id.
   *
   * @param id the row id
   * @return the row
   * @throws io.humaans.client.errors.NotFoundException if there is no such row (or the token may
   *     not see it)
   */
  T get(String id);

  /**
   * Asynchronous {@link #get(String)}; cancelling the future cancels the HTTP call.
   *
   * @param id the row id
   * @return a future of the row
   */
  CompletableFuture<T> getAsync(String id);
}
