package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Creates JSON adapters for every type annotated with {@link HumaansModel}.
 *
 * <p>An adapter reads a JSON object into the type's generated builder, so {@code build()} validates
 * required properties, and writes through the type's accessors. Unknown fields go to {@code
 * extraProperties()} when the type declares it and are skipped otherwise. Generated implementation
 * classes are written as the annotated type they implement. Per type, the property table is
 * computed once, when Moshi first asks for the adapter; Moshi caches the result.
 *
 * <p>Thread-safe and stateless. Not API.
 */
public final class ModelJsonAdapterFactory implements JsonAdapter.Factory {

  /** Creates the factory. */
  public ModelJsonAdapterFactory() {}

  /**
   * Returns an adapter for a {@link HumaansModel} type, or {@code null} for any other type or when
   * qualifier annotations are present.
   *
   * @throws IllegalArgumentException if the type is annotated but lacks a static {@code builder()}
   *     or a builder setter for one of its properties
   */
  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw.isAnnotationPresent(HumaansModel.class)) {
      return ModelJsonAdapter.create(type, raw, moshi);
    }
    Class<?> model = annotatedSupertype(raw);
    return model == null ? null : moshi.adapter(model);
  }

  private static @Nullable Class<?> annotatedSupertype(Class<?> raw) {
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(HumaansModel.class)) {
        return c;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (i.isAnnotationPresent(HumaansModel.class)) {
          return i;
        }
      }
    }
    return null;
  }
}
