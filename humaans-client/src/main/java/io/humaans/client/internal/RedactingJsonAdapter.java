package io.humaans.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a body as a JSON tree, blanks the secret out of every string in it (keys and values, in any
 * encoding {@link Redactor} knows), then decodes the tree with the wrapped adapter: for small
 * bodies that describe the token itself ({@code /token-info}), so a server echoing the token there
 * cannot put it into a parsed field, {@code toString()} or a message. Not API. Immutable and
 * thread-safe.
 */
public final class RedactingJsonAdapter<T> extends JsonAdapter<T> {
  private final JsonAdapter<T> delegate;
  private final Redactor redactor;

  /**
   * Wraps {@code delegate}.
   *
   * @param delegate decodes the redacted tree
   * @param redactor removes the secret
   */
  public RedactingJsonAdapter(JsonAdapter<T> delegate, Redactor redactor) {
    this.delegate = delegate;
    this.redactor = redactor;
  }

  @Override
  public @Nullable T fromJson(JsonReader reader) throws IOException {
    return delegate.fromJsonValue(redact(reader.readJsonValue()));
  }

  private @Nullable Object redact(@Nullable Object value) {
    if (value instanceof String s) {
      return redactor.redact(s);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(redact(item));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(redactor.redact(String.valueOf(e.getKey())), redact(e.getValue()));
      }
      return out;
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
    delegate.toJson(writer, value);
  }

  @Override
  public String toString() {
    return "RedactingJsonAdapter(" + delegate + ")";
  }
}
