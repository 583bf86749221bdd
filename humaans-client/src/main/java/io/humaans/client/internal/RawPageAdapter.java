package io.humaans.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list envelope, streaming {@code data} through the row adapter (no intermediate tree).
 * Unknown envelope keys are skipped. A null row is an error naming its JSON path. A {@code data}
 * that is null or missing gives an empty page with {@link RawPage#hasData()} false: whether that is
 * acceptable (past the last row) or an error (rows withheld) is for the pager to decide, which
 * knows the offset it asked for.
 */
public final class RawPageAdapter<T> extends JsonAdapter<RawPage<T>> {
  private static final JsonReader.Options KEYS =
      JsonReader.Options.of("data", "total", "limit", "skip");

  private final JsonAdapter<T> rowAdapter;

  /** Creates an adapter decoding each row with {@code rowAdapter}. */
  public RawPageAdapter(JsonAdapter<T> rowAdapter) {
    this.rowAdapter = rowAdapter;
  }

  @Override
  public RawPage<T> fromJson(JsonReader reader) throws IOException {
    @Nullable List<T> data = null;
    int total = -1;
    int limit = -1;
    int skip = -1;
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException(
          "Expected a list envelope object but was "
              + reader.peek()
              + " at path "
              + reader.getPath());
    }
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(KEYS)) {
        case 0 -> data = readRows(reader);
        case 1 -> total = readInt(reader);
        case 2 -> limit = readInt(reader);
        case 3 -> skip = readInt(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return data == null
        ? new RawPage<>(List.of(), total, limit, skip, false)
        : new RawPage<>(data, total, limit, skip, true);
  }

  private @Nullable List<T> readRows(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return null;
    }
    List<T> rows = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.NULL) {
        throw new JsonDataException("Unexpected null row at " + reader.getPath());
      }
      rows.add(rowAdapter.fromJson(reader));
    }
    reader.endArray();
    return rows;
  }

  private static int readInt(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return -1;
    }
    return reader.nextInt();
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable RawPage<T> value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("total").value(value.total());
    writer.name("limit").value(value.limit());
    writer.name("skip").value(value.skip());
    writer.name("data").beginArray();
    for (T row : value.data()) {
      rowAdapter.toJson(writer, row);
    }
    writer.endArray();
    writer.endObject();
  }

  @Override
  public String toString() {
    return "RawPageAdapter(" + rowAdapter + ")";
  }
}
