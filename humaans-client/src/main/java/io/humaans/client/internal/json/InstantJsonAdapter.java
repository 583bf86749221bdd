package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads ISO-8601 timestamps ({@code 2020-01-28T08:44:42.000Z}, offsets accepted) as {@link Instant}
 * and writes them in UTC with milliseconds, as the API does. Not null-safe; thread-safe.
 */
final class InstantJsonAdapter extends JsonAdapter<Instant> {
  private static final DateTimeFormatter MILLIS =
      new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return parse(text);
    } catch (DateTimeException | NumberFormatException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 timestamp but was '" + text + "' at path " + reader.getPath(), e);
    }
  }

  /**
   * Parses the API's usual {@code YYYY-MM-DDTHH:MM:SS.sssZ} form directly; anything else goes
   * through {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}.
   */
  static Instant parse(String s) {
    if (s.length() == 24
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':'
        && s.charAt(19) == '.'
        && s.charAt(23) == 'Z') {
      LocalDate date = LocalDateJsonAdapter.parse(s.substring(0, 10));
      int hour = LocalDateJsonAdapter.digits(s, 11, 13);
      int minute = LocalDateJsonAdapter.digits(s, 14, 16);
      int second = LocalDateJsonAdapter.digits(s, 17, 19);
      int millis = LocalDateJsonAdapter.digits(s, 20, 23);
      LocalTime time = LocalTime.of(hour, minute, second, millis * 1_000_000);
      return LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC);
    }
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, Instant::from);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value.truncatedTo(ChronoUnit.MILLIS).equals(value)) {
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
