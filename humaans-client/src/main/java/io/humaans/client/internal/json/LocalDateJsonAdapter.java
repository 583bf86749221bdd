package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Reads and writes {@link LocalDate} as {@code YYYY-MM-DD}. Not null-safe; thread-safe. */
final class LocalDateJsonAdapter extends JsonAdapter<LocalDate> {

  @Override
  public LocalDate fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return parse(text);
    } catch (DateTimeException | NumberFormatException e) {
      throw new JsonDataException(
          "Expected a date (YYYY-MM-DD) but was '" + text + "' at path " + reader.getPath(), e);
    }
  }

  /** Parses the common {@code YYYY-MM-DD} form without a formatter; falls back to ISO parsing. */
  static LocalDate parse(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }
    return LocalDate.parse(s);
  }

  static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new NumberFormatException("Not a digit in '" + s + "'");
      }
      n = n * 10 + d;
    }
    return n;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable LocalDate value) throws IOException {
    writer.value(value == null ? null : value.toString());
  }

  @Override
  public String toString() {
    return "JsonAdapter(LocalDate)";
  }
}
