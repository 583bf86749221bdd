package io.humaans.client;

/**
 * The part every typed query builder shares: the underlying {@link Query.Builder}, the page size
 * and {@link #build()}. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by the setters for chaining
 */
abstract class TypedQueryBuilder<B extends TypedQueryBuilder<B>> {
  final Query.Builder query = Query.builder();

  TypedQueryBuilder() {}

  /**
   * Sets the page size asked for; see {@link Query.Builder#limit(int)}.
   *
   * @param limit the page size
   * @return this builder
   */
  public B limit(int limit) {
    query.limit(limit);
    return self();
  }

  /** {@return the query} */
  public Query build() {
    return query.build();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
