package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * An adapter that asks {@link Moshi} for the real adapter of its type on first use, so that a
 * client knowing 47 model types builds (reflectively) only those a run reads or writes. Moshi
 * caches adapters, so two threads racing on first use get the same one. Thread-safe. Not API.
 */
final class LazyJsonAdapter<T> extends JsonAdapter<T> {
  private final Moshi moshi;
  private final Type type;
  private volatile @Nullable JsonAdapter<T> delegate;

  LazyJsonAdapter(Moshi moshi, Type type) {
    this.moshi = moshi;
    this.type = type;
  }

  private JsonAdapter<T> delegate() {
    JsonAdapter<T> d = delegate;
    if (d == null) {
      d = moshi.adapter(type);
      delegate = d;
    }
    return d;
  }

  @Override
  public @Nullable T fromJson(JsonReader reader) throws IOException {
    return delegate().fromJson(reader);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
    delegate().toJson(writer, value);
  }

  @Override
  public String toString() {
    JsonAdapter<T> d = delegate;
    return d != null ? d.toString() : "JsonAdapter(" + type.getTypeName() + ", not built yet)";
  }
}
