package io.humaans.client.internal.json;

/**
 * Checks the {@code clearedFields()} of {@code *Params} values when their builders build them.
 *
 * <p>A cleared name must be a JSON name of one of the type's optional properties and must not also
 * be set; {@link ModelJsonAdapter} then writes each cleared name as {@code "name": null}. The
 * property table per type is computed once, on first use. Thread-safe and stateless. Not API.
 */
public final class ClearedFields {
  private static final ClassValue<ModelJsonAdapter> ADAPTERS =
      new ClassValue<>() {
        @Override
        protected ModelJsonAdapter computeValue(Class<?> type) {
          return ModelJsonAdapter.create(type, type, Json.moshi());
        }
      };

  private ClearedFields() {}

  /**
   * Returns {@code params} after checking its cleared names.
   *
   * @param type the {@link HumaansModel} params interface {@code params} implements
   * @param params the freshly built value
   * @param <T> the params type
   * @return {@code params}, unchanged
   * @throws IllegalArgumentException if a cleared name is not an optional property of {@code type};
   *     the message lists the valid names
   * @throws IllegalStateException if a cleared property also has a value
   */
  public static <T> T check(Class<T> type, T params) {
    ADAPTERS.get(type).checkCleared(params);
    return params;
  }
}
