package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.humaans.client.model.OpenEnum;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Creates adapters for {@link OpenEnum} types: a JSON string (or number, read as text) goes through
 * the type's {@code static of(String)}, and a value is written as {@link OpenEnum#value()}.
 * Thread-safe. Not API.
 */
public final class OpenEnumJsonAdapterFactory implements JsonAdapter.Factory {

  /** Creates the factory. */
  public OpenEnumJsonAdapterFactory() {}

  /**
   * Returns an adapter for a concrete {@link OpenEnum} class, or {@code null} for other types.
   *
   * @throws IllegalArgumentException if the class has no public {@code static of(String)}
   */
  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || raw == OpenEnum.class || !OpenEnum.class.isAssignableFrom(raw)) {
      return null;
    }
    try {
      MethodHandle of =
          MethodHandles.publicLookup()
              .findStatic(raw, "of", MethodType.methodType(raw, String.class))
              .asType(MethodType.methodType(Object.class, String.class));
      return new Adapter(of, raw.getSimpleName()).nullSafe();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(raw.getName() + " needs a public static of(String)", e);
    }
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final MethodHandle of;
    private final String name;

    Adapter(MethodHandle of, String name) {
      this.of = of;
      this.name = name;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String raw = reader.nextString();
      try {
        return (Object) of.invokeExact(raw);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      writer.value(value == null ? null : ((OpenEnum<?>) value).value());
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + name + ")";
    }
  }
}
