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
 * Reads only the scopes and the {@code personId} of a {@code /token-info} body, leniently: the
 * body's shape is not documented, so every field may be missing ({@code id} included) and unknown
 * fields are skipped. {@code scopes} is read as an array of strings (other elements and blank
 * strings skipped) or as one string of scopes separated by spaces or commas; anything else, or no
 * {@code scopes}, reads as empty. {@code personId} is kept when it is a non-blank string. Only a
 * body that is not a JSON object fails. Not API. Thread-safe.
 */
public final class TokenScopesAdapter extends JsonAdapter<TokenScopesAdapter.Body> {
  /**
   * What was read of a {@code /token-info} body.
   *
   * @param scopes the scope names, empty when the body had no usable {@code scopes}
   * @param personId the token's person, empty when absent or not a string
   */
  public record Body(Optional<List<String>> scopes, Optional<String> personId) {}

  /** The one instance. */
  public static final TokenScopesAdapter INSTANCE = new TokenScopesAdapter();

  private TokenScopesAdapter() {}

  @Override
  public Body fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException(
          "Expected a token-info object but was " + reader.peek() + " at path " + reader.getPath());
    }
    Optional<List<String>> scopes = Optional.empty();
    Optional<String> personId = Optional.empty();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("scopes")) {
        scopes = readScopes(reader);
      } else if (name.equals("personId") && reader.peek() == JsonReader.Token.STRING) {
        personId = Optional.of(reader.nextString().strip()).filter(id -> !id.isEmpty());
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return new Body(scopes, personId);
  }

  private static Optional<List<String>> readScopes(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_ARRAY -> {
        List<String> out = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          if (reader.peek() == JsonReader.Token.STRING) {
            String scope = reader.nextString().strip();
            if (!scope.isEmpty()) {
              out.add(scope);
            }
          } else {
            reader.skipValue();
          }
        }
        reader.endArray();
        return Optional.of(out);
      }
      case STRING -> {
        List<String> out = new ArrayList<>();
        for (String s : reader.nextString().split("[\\s,]+", -1)) {
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
  public void toJson(JsonWriter writer, @Nullable Body value) {
    throw new UnsupportedOperationException("TokenScopesAdapter only reads");
  }

  @Override
  public String toString() {
    return "TokenScopesAdapter";
  }
}
