package io.humaans.examples.cli;

import com.squareup.moshi.JsonWriter;
import io.humaans.client.Scope;
import io.humaans.client.TokenScopes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okio.Buffer;

/**
 * Renders {@link TokenScopes} for the {@code scopes} command, as text or JSON: the scopes, what the
 * token cannot see (the gaps), and apart from them, as a note, that any token sees no more than its
 * creator may see ({@link TokenScopes#CREATOR_LIMIT}). JSON: {@code {known, source, scopes,
 * warnings, notes}}, where {@code warnings} lists the gaps only.
 */
final class ScopesText {
  private ScopesText() {}

  static void print(TokenScopes scopes, CliOptions.Format format, PrintStream out) {
    if (format == CliOptions.Format.JSON) {
      out.print(json(scopes));
      return;
    }
    if (scopes.scopes().isEmpty()) {
      out.println("Token scopes: unknown (" + scopes.source() + ")");
    } else {
      Set<Scope> known = scopes.scopes().get();
      out.println("Token scopes (" + known.size() + "):");
      int width = known.stream().mapToInt(s -> s.value().length()).max().orElse(0);
      for (Scope s : known) {
        out.println("  " + s.value() + " ".repeat(width - s.value().length() + 2) + s.unlocks());
      }
    }
    List<String> gaps = gaps(scopes);
    out.println();
    if (gaps.isEmpty()) {
      out.println("The token can read everything the checks need.");
    } else {
      out.println("What this token cannot see:");
      gaps.forEach(w -> out.println("  - " + w));
    }
    out.println();
    out.println("Note: " + TokenScopes.CREATOR_LIMIT);
  }

  /**
   * Returns what the token cannot see: {@link TokenScopes#warnings()} without the creator-limit
   * note, which holds for every token and is shown apart.
   */
  static List<String> gaps(TokenScopes scopes) {
    return scopes.warnings().stream()
        .filter(w -> !w.equals(TokenScopes.CREATOR_LIMIT))
        .collect(Collectors.toList());
  }

  private static String json(TokenScopes scopes) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject();
      writer.name("known").value(scopes.isKnown());
      writer.name("source").value(scopes.source());
      writer.name("scopes").beginArray();
      for (String s : scopes.scopeNames().orElse(Set.of())) {
        writer.value(s);
      }
      writer.endArray();
      writer.name("warnings").beginArray();
      for (String w : gaps(scopes)) {
        writer.value(w);
      }
      writer.endArray();
      writer.name("notes").beginArray().value(TokenScopes.CREATOR_LIMIT).endArray();
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8() + "\n";
  }
}
