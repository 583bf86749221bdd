package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Holds the one {@link Moshi} instance the SDK uses to read and write JSON. Not API.
 *
 * <p>It knows every {@code io.humaans.client.model} type (models, {@code *Params} bodies, open
 * enumerations) plus {@link LocalDate} ({@code YYYY-MM-DD}), {@link Instant} (ISO-8601, written in
 * UTC with milliseconds), {@link LocalTime} ({@code HH:MM:SS}; {@code HH:MM} and {@code H:MM:SS}
 * also read) and {@link BigDecimal} (string or number in, string out). Moshi caches adapters, so
 * look one up once and keep it:
 *
 * <pre>{@code
 * JsonAdapter<Person> adapter = Json.moshi().adapter(Person.class);
 * Person person = adapter.fromJson(body);
 * }</pre>
 *
 * <p>Reads fail with {@link com.squareup.moshi.JsonDataException} (naming the JSON path) on a
 * missing required property or a value of the wrong type, and with {@link
 * com.squareup.moshi.JsonEncodingException} or {@link java.io.EOFException} on malformed or
 * truncated input. Derive a customised instance with {@code Json.moshi().newBuilder()}.
 */
public final class Json {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(LocalDate.class, new LocalDateJsonAdapter().nullSafe())
          .add(Instant.class, new InstantJsonAdapter().nullSafe())
          .add(LocalTime.class, new LocalTimeJsonAdapter().nullSafe())
          .add(BigDecimal.class, new BigDecimalJsonAdapter().nullSafe())
          .add(new OpenEnumJsonAdapterFactory())
          .add(new ModelJsonAdapterFactory())
          .build();

  private Json() {}

  /**
   * Returns the shared, fully configured Moshi instance.
   *
   * @return the same immutable, thread-safe instance on every call
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Returns an adapter for {@code type} that is built by {@link #moshi()} on its first use, not
   * now: the client holds one per resource and builds only those a run uses.
   *
   * @param type a type {@link #moshi()} has an adapter for
   * @return a thread-safe adapter delegating to {@code Json.moshi().adapter(type)}; an unsupported
   *     type fails on first use, with Moshi's {@link IllegalArgumentException}
   */
  public static <T> JsonAdapter<T> lazy(Class<T> type) {
    return new LazyJsonAdapter<>(MOSHI, type);
  }
}
