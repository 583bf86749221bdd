package io.humaans.client.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads an exact decimal from a JSON string ({@code "812500.00"}) or number, keeping its scale, and
 * writes it as a plain decimal string. Not null-safe; thread-safe.
 */
final class BigDecimalJsonAdapter extends JsonAdapter<BigDecimal> {

  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.STRING && token != JsonReader.Token.NUMBER) {
      throw new JsonDataException(
          "Expected a decimal string or number but was " + token + " at path " + reader.getPath());
    }
    String text = reader.nextString();
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new JsonDataException(
          "Expected a decimal but was '" + text + "' at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
    writer.value(value == null ? null : value.toPlainString());
  }

  @Override
  public String toString() {
    return "JsonAdapter(BigDecimal)";
  }
}
