package io.humaans.client.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSink;

/**
 * One JSON value copied token by token with the secret blanked out of every string in it (keys and
 * values, in any encoding {@link Redactor} knows), so a server echoing the token in a body cannot
 * put it into a parsed field, {@code toString()} or a message once the copy is decoded. Numbers,
 * booleans and nulls are copied as written (a number keeps every digit), so the copy decodes
 * exactly as the original would have, but for the redacted strings. {@link Transport} takes this
 * path for a successful body only when {@link SecretScanner} finds that the body may hold the
 * token. Not API.
 */
final class RedactedJsonCopy {
  private final Redactor redactor;
  private final Buffer json = new Buffer();
  private boolean changed;

  private RedactedJsonCopy(Redactor redactor) {
    this.redactor = redactor;
  }

  /**
   * Copies the next value of {@code reader} with {@code redactor} applied to every string.
   *
   * @throws IOException as {@code reader} fails on malformed or truncated JSON, with its path
   */
  static RedactedJsonCopy of(JsonReader reader, Redactor redactor) throws IOException {
    RedactedJsonCopy copy = new RedactedJsonCopy(redactor);
    try (JsonWriter writer = JsonWriter.of(copy.json)) {
      writer.setSerializeNulls(true);
      copy.copyValue(reader, writer);
    }
    return copy;
  }

  /** Returns a reader over the redacted copy. */
  JsonReader reader() {
    return JsonReader.of(json);
  }

  /** Returns whether a string was redacted, i.e. whether the body really held the secret. */
  boolean changed() {
    return changed;
  }

  private String redact(String text) {
    String out = redactor.redact(text);
    if (!out.equals(text)) {
      changed = true;
    }
    return out;
  }

  /** Copies the next value of {@code reader}, with its nested values, to {@code writer}. */
  private void copyValue(JsonReader reader, JsonWriter writer) throws IOException {
    int depth = 0;
    do {
      switch (reader.peek()) {
        case BEGIN_OBJECT -> {
          reader.beginObject();
          writer.beginObject();
          depth++;
        }
        case END_OBJECT -> {
          reader.endObject();
          writer.endObject();
          depth--;
        }
        case BEGIN_ARRAY -> {
          reader.beginArray();
          writer.beginArray();
          depth++;
        }
        case END_ARRAY -> {
          reader.endArray();
          writer.endArray();
          depth--;
        }
        case NAME -> writer.name(redact(reader.nextName()));
        case STRING -> writer.value(redact(reader.nextString()));
        case NUMBER -> {
          String literal = reader.nextString();
          try (BufferedSink sink = writer.valueSink()) {
            sink.writeUtf8(literal);
          }
        }
        case BOOLEAN -> writer.value(reader.nextBoolean());
        case NULL -> {
          Object unused = reader.nextNull();
          writer.nullValue();
        }
        case END_DOCUMENT -> throw new EOFException("End of input at path " + reader.getPath());
      }
    } while (depth > 0);
  }
}
