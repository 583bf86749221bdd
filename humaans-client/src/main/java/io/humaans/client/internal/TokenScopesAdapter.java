package io.humaans.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads only the scopes of a {@code /token-info} body, leniently: the body's shape is not
 * documented, so every field may be missing ({@code id} included) and unknown fields are skipped.
 * {@code scopes} is read as an array of strings (other elements skipped) or as one string of
 * scopes separated by spaces or commas; anything else, or no {@code scopes}, reads as empty.
 * Only a body that is not a JSON object fails. Not API. Thread-safe.
 */
public final class TokenScopesAdapter extends JsonAdapter<Optional<List<String>>> {
  /** The one instance. */
  public static final TokenScopesAdapter INSTANCE = new TokenScopesAdapter();

  private TokenScopesAdapter() {}

  @Override
  public Optional<List<String>> fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("Expected a token-info object but was " + reader.peek() + " at path "
          + reader.getPath());
    }
    Optional<List<String>> scopes = Optional.empty();
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName().equals("scopes")) {
        scopes = readScopes(reader);
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return scopes;
  }

  private static Optional<List<String>> readScopes(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_ARRAY -> {
        List<String> out = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          if (reader.peek() == JsonReader.Token.STRING) {
            out.add(reader.nextString().strip());
          } else {
            reader.skipValue();
          }
        }
        reader.endArray();
        return Optional.of(out);
      }
      case STRING -> {
        List<String> out = new ArrayList<>();
        for (String s : reader.nextString().split("[\\s,]+")) {
          if (!s.isEmpty()) {
            out.add(s);
          }
        }
        return Optional.of(out);
      }
      default -> {
        reader.skipValue();
        return Optional.empty();
      }
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Optional<List<String>> value) {
    throw new UnsupportedOperationException("TokenScopesAdapter only reads");
  }

  @Override
  public String toString() {
    return "TokenScopesAdapter";
  }
}
