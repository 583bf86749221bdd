package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Reads a time of day given as {@code HH:MM:SS}, {@code HH:MM} or {@code H:MM:SS} (fractional
 * seconds ignored) and writes it as {@code HH:MM:SS}. Not null-safe; thread-safe.
 */
final class LocalTimeJsonAdapter extends JsonAdapter<LocalTime> {

  @Override
  public LocalTime fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return parse(text);
    } catch (DateTimeException | NumberFormatException e) {
      throw new JsonDataException(
          "Expected a time of day (HH:MM:SS) but was '" + text + "' at path " + reader.getPath(),
          e);
    }
  }

  static LocalTime parse(String s) {
    int firstColon = s.indexOf(':');
    if (firstColon < 1 || firstColon > 2 || s.length() < firstColon + 3) {
      throw new NumberFormatException("Bad time '" + s + "'");
    }
    int hour = LocalDateJsonAdapter.digits(s, 0, firstColon);
    int minute = LocalDateJsonAdapter.digits(s, firstColon + 1, firstColon + 3);
    int second = 0;
    int end = firstColon + 3;
    if (s.length() > end) {
      if (s.charAt(end) != ':' || s.length() < end + 3) {
        throw new NumberFormatException("Bad time '" + s + "'");
      }
      second = LocalDateJsonAdapter.digits(s, end + 1, end + 3);
      end += 3;
      if (s.length() > end) {
        if (s.charAt(end) != '.' || s.length() == end + 1) {
          throw new NumberFormatException("Bad time '" + s + "'");
        }
        LocalDateJsonAdapter.digits(s, end + 1, s.length());
      }
    }
    return LocalTime.of(hour, minute, second);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable LocalTime value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    char[] out = new char[8];
    put(out, 0, value.getHour());
    out[2] = ':';
    put(out, 3, value.getMinute());
    out[5] = ':';
    put(out, 6, value.getSecond());
    writer.value(new String(out));
  }

  private static void put(char[] out, int at, int twoDigits) {
    out[at] = (char) ('0' + twoDigits / 10);
    out[at + 1] = (char) ('0' + twoDigits % 10);
  }

  @Override
  public String toString() {
    return "JsonAdapter(LocalTime)";
  }
}
