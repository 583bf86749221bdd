package io.humaans.client.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import io.humaans.client.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okio.Buffer;

/**
 * Test helper: reads the JSON fixtures under {@code src/test/resources/fixtures/}.
 *
 * <p>List fixtures are named by resource path ({@code people.json}, {@code job-roles.json}, {@code
 * time-away.json}, ...) and hold a list envelope {@code {total, limit, skip, data}}; {@code
 * person.json} is one person, {@code token-info.json} a token-info body and {@code delete.json} a
 * delete result.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Returns the fixture's text.
   *
   * @param name the file name, such as {@code people.json}
   * @throws IllegalArgumentException if there is no such fixture
   */
  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the {@code data} array of a list-envelope fixture with {@link Json#moshi()}.
   *
   * @param name the file name, such as {@code people.json}
   * @param type the model type of the rows
   */
  public static <T> List<T> data(String name, Class<T> type) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(read(name)))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("data")) {
          return Json.moshi()
              .<List<T>>adapter(Types.newParameterizedType(List.class, type))
              .fromJson(reader);
        }
        reader.skipValue();
      }
      throw new IllegalArgumentException("No data in " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a single-object fixture with {@link Json#moshi()}.
   *
   * @param name the file name, such as {@code person.json}
   * @param type the model type
   */
  public static <T> T object(String name, Class<T> type) {
    try {
      T value = Json.moshi().adapter(type).fromJson(read(name));
      if (value == null) {
        throw new IllegalArgumentException("null fixture " + name);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
