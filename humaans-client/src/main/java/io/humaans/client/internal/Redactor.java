package io.humaans.client.internal;

import java.io.IOException;
import java.util.Objects;

/**
 * Removes one secret (the API token) from text in every form a server may echo it in: raw,
 * JSON-escaped ({@code \/}, and backslash-u escapes of any character with hex digits in either
 * case), percent-encoded ({@code %XX} in either case, and {@code +} for a space), or any mix of
 * these character by character. Each occurrence becomes {@value #PLACEHOLDER}.
 *
 * <p>The one redaction helper of the client: error bodies, headers, messages and log lines all pass
 * through it. Not API. Immutable and thread-safe.
 */
public final class Redactor {
  /** What replaces the secret. */
  public static final String PLACEHOLDER = "██";

  private static final Redactor NONE = new Redactor("");

  private final String secret;

  private Redactor(String secret) {
    this.secret = secret;
  }

  /**
   * Returns a redactor for {@code secret}; an empty secret redacts nothing.
   *
   * @param secret the text to remove, e.g. the API token
   * @return the redactor
   */
  public static Redactor of(String secret) {
    Objects.requireNonNull(secret, "secret == null");
    return secret.isEmpty() ? NONE : new Redactor(secret);
  }

  /** Returns a redactor that changes nothing. */
  public static Redactor none() {
    return NONE;
  }

  /**
   * Returns {@code text} with every encoded occurrence of the secret replaced.
   *
   * @param text any text; null is returned as null
   * @return the redacted text, the same instance when nothing was found
   */
  public String redact(String text) {
    if (secret.isEmpty() || text == null || text.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      int end = matchAt(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(PLACEHOLDER);
      copied = end;
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Returns whether {@code text} contains the secret in any supported form. */
  public boolean appearsIn(String text) {
    return !redact(text).equals(text);
  }

  /**
   * Returns {@code e} unless a message in its cause chain holds the secret; then a copy of the same
   * class (when it has a message constructor, else an {@code IOException} naming the class) with
   * the redacted message and the same stack, its {@code IOException} cause redacted likewise and
   * any other cause dropped, so no message in the chain holds the secret.
   *
   * @param e a failure whose message may quote what a server sent
   * @return {@code e} or its redacted copy
   */
  public IOException redact(IOException e) {
    if (!holdsSecret(e)) {
      return e;
    }
    String message = e.getMessage() == null ? null : redact(e.getMessage());
    IOException copy;
    try {
      copy = e.getClass().getConstructor(String.class).newInstance(message);
    } catch (ReflectiveOperationException | RuntimeException notCopyable) {
      copy = new IOException(e.getClass().getSimpleName() + ": " + message);
    }
    copy.setStackTrace(e.getStackTrace());
    if (e.getCause() instanceof IOException cause) {
      copy.initCause(redact(cause));
    }
    return copy;
  }

  private boolean holdsSecret(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 16; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && appearsIn(message)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the end of an encoded occurrence of the secret starting at {@code from}, or -1. */
  private int matchAt(String text, int from) {
    int pos = from;
    for (int k = 0; k < secret.length(); k++) {
      pos = matchChar(text, pos, secret.charAt(k));
      if (pos < 0) {
        return -1;
      }
    }
    return pos;
  }

  /** Returns the position after {@code c} encoded at {@code pos} in {@code text}, or -1. */
  private static int matchChar(String text, int pos, char c) {
    if (pos >= text.length()) {
      return -1;
    }
    char t = text.charAt(pos);
    if (t == c) {
      return pos + 1;
    }
    if (t == '+' && c == ' ') {
      return pos + 1;
    }
    if (t == '%' && c < 0x80 && pos + 3 <= text.length() && hex(text, pos + 1, 2) == c) {
      return pos + 3;
    }
    if (t == '\\' && pos + 1 < text.length()) {
      char n = text.charAt(pos + 1);
      if (n == c && (c == '/' || c == '\\' || c == '"')) {
        return pos + 2;
      }
      if (n == 'u' && pos + 6 <= text.length() && hex(text, pos + 2, 4) == c) {
        return pos + 6;
      }
    }
    return -1;
  }

  /** Parses {@code digits} hex digits at {@code from}; -1 when one is not a hex digit. */
  private static int hex(String text, int from, int digits) {
    int value = 0;
    for (int i = from; i < from + digits; i++) {
      int d = Character.digit(text.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
    }
    return value;
  }

  @Override
  public String toString() {
    return "Redactor{secret=" + (secret.isEmpty() ? "none" : PLACEHOLDER) + "}";
  }
}
