package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads ISO-8601 timestamps ({@code 2020-01-28T08:44:42.000Z}, offsets accepted) as
 * {@link Instant} and writes them in UTC with milliseconds, as the API does. Not null-safe;
 * thread-safe.
 */
final class InstantJsonAdapter extends JsonAdapter<Instant> {
  private static final DateTimeFormatter MILLIS =
      new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 timestamp but was '" + text + "' at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value.getNano() % 1_000_000 == 0) {
      writer.value(MILLIS.format(value));
    } else {
      writer.value(value.toString());
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(Instant)";
  }
}
