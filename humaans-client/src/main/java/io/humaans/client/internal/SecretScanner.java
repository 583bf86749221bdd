package io.humaans.client.internal;

import java.nio.charset.StandardCharsets;
import okio.Buffer;

/**
 * Tells cheaply whether any string in a JSON body (key or value) may hold the secret in a form
 * {@link Redactor} removes, so that only such bodies take the slower redacting path ({@link
 * RedactedJsonCopy}). The answer errs on one side only: {@code false} means that no string of the
 * body, once decoded, contains the secret in any form {@link Redactor} knows; {@code true} may be a
 * false alarm (the redacting path then changes nothing).
 *
 * <p>An echo is either the secret's bytes as they are, or has a first character that is not written
 * as itself: that one starts with a {@code \}, {@code %} or {@code +} byte (JSON escape,
 * percent-encoding, {@code +} for a space), after a run of the secret's own bytes. So the body is
 * read once into a Latin-1 string (a copy) and searched with {@link String#indexOf}, which the JVM
 * runs with vector instructions: for the secret itself, and for each of those three bytes, from
 * which the secret is matched (starting up to the run of secret bytes before it) as the JSON parser
 * and then {@link Redactor} would read it ({@code \}{@code uXXXX}, {@code \/} and the other
 * escapes, UTF-8; raw, {@code %XX}, {@code +}, backslash escapes). Only such bytes, rare in JSON,
 * cost more than the search, and a match from them usually fails at once.
 *
 * <p>Not API. Immutable and thread-safe.
 */
final class SecretScanner {
  private static final char NONE = '\uFFFF';

  private final String secret;
  private final boolean asciiOnly;
  private final boolean hasSpace;

  SecretScanner(String secret) {
    this.secret = secret;
    this.asciiOnly = secret.chars().allMatch(c -> c < 0x80);
    this.hasSpace = secret.indexOf(' ') >= 0;
  }

  /**
   * Returns whether a string in {@code body} may hold the secret (see the class comment).
   *
   * @param body the whole body; it is read, not consumed
   * @return false only when no string of the body can hold the secret
   */
  boolean mayHold(Buffer body) {
    if (secret.isEmpty() || body.size() == 0) {
      return false;
    }
    if (!asciiOnly) {
      return true; // a secret outside ASCII is never scanned for: every body is redacted
    }
    String text = body.clone().readString(StandardCharsets.ISO_8859_1); // one char per byte
    return text.contains(secret)
        || echoFrom(text, '\\')
        || echoFrom(text, '%')
        || (hasSpace && echoFrom(text, '+'));
  }

  /**
   * Returns whether an echo of the secret has its first character not written as itself at a {@code
   * marker} byte, after a run of the secret's own bytes.
   */
  private boolean echoFrom(String text, char marker) {
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      // The echo starts with j of the secret's characters written as themselves, then this one.
      for (int j = 0; j < secret.length() && j <= at; j++) {
        if (j > 0 && secret.indexOf(text.charAt(at - j)) < 0) {
          break; // not a byte of the secret: no longer run of them can precede the marker
        }
        if (text.regionMatches(at - j, secret, 0, j) && matchesFrom(text, at, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether the secret from its character {@code from} on is encoded at {@code pos}. */
  private boolean matchesFrom(String text, int pos, int from) {
    int at = pos;
    for (int k = from; k < secret.length(); k++) {
      at = unit(text, at, secret.charAt(k));
      if (at < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the position after {@code c} encoded at {@code pos} as {@link Redactor} matches it,
   * over the characters the JSON parser decodes, or -1.
   */
  private static int unit(String bytes, int pos, char c) {
    long decoded = decode(bytes, pos);
    if (decoded < 0) {
      return -1;
    }
    char ch = charOf(decoded);
    int next = pos + lengthOf(decoded);
    if (ch == c || (ch == '+' && c == ' ')) {
      return next;
    }
    if (ch == '%') {
      return hexChars(bytes, next, 2, c);
    }
    if (ch == '\\') {
      long escaped = decode(bytes, next);
      if (escaped < 0) {
        return -1;
      }
      char n = charOf(escaped);
      int after = next + lengthOf(escaped);
      if (n == c && (c == '/' || c == '\\' || c == '"')) {
        return after;
      }
      if (n == 'u') {
        return hexChars(bytes, after, 4, c);
      }
    }
    return -1;
  }

  /** Returns the position after {@code digits} decoded hex digits spelling {@code c}, or -1. */
  private static int hexChars(String bytes, int pos, int digits, char c) {
    int value = 0;
    int at = pos;
    for (int i = 0; i < digits; i++) {
      long decoded = decode(bytes, at);
      int d = decoded < 0 ? -1 : Character.digit(charOf(decoded), 16);
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
      at += lengthOf(decoded);
    }
    return value == c ? at : -1;
  }

  private static char charOf(long decoded) {
    return (char) (decoded & 0xFFFF);
  }

  private static int lengthOf(long decoded) {
    return (int) (decoded >>> 16);
  }

  /** Returns the byte at {@code pos} of the Latin-1 copy of the body, or -1 past its end. */
  private static int at(String bytes, int pos) {
    return pos < bytes.length() ? bytes.charAt(pos) : -1;
  }

  /**
   * Returns the character at {@code pos} as the JSON parser reads it, packed as {@code length << 16
   * | char}, or -1 at the end.
   */
  private static long decode(String bytes, int pos) {
    int b = at(bytes, pos);
    if (b < 0) {
      return -1;
    }
    if (b == '\\') {
      int e = at(bytes, pos + 1);
      switch (e) {
        case 'u' -> {
          int value = 0;
          for (int i = 2; i < 6; i++) {
            int d = asciiHex(at(bytes, pos + i));
            if (d < 0) {
              return pack('\\', 1); // not an escape the parser accepts
            }
            value = value * 16 + d;
          }
          return pack((char) value, 6);
        }
        case 'b' -> {
          return pack('\b', 2);
        }
        case 'f' -> {
          return pack('\f', 2);
        }
        case 'n' -> {
          return pack('\n', 2);
        }
        case 'r' -> {
          return pack('\r', 2);
        }
        case 't' -> {
          return pack('\t', 2);
        }
        default -> {
          return e >= 0 && e < 0x80 ? pack((char) e, 2) : pack('\\', 1);
        }
      }
    }
    if (b < 0x80) {
      return pack((char) b, 1);
    }
    return utf8(bytes, b, pos);
  }

  /** Decodes a multi-byte UTF-8 character; anything malformed or overlong reads as no match. */
  private static long utf8(String bytes, int b, int pos) {
    if ((b & 0xE0) == 0xC0) {
      int b1 = at(bytes, pos + 1);
      int value = ((b & 0x1F) << 6) | (b1 & 0x3F);
      return (b1 & 0xC0) == 0x80 && value >= 0x80 ? pack((char) value, 2) : pack(NONE, 1);
    }
    if ((b & 0xF0) == 0xE0) {
      int b1 = at(bytes, pos + 1);
      int b2 = at(bytes, pos + 2);
      int value = ((b & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
      boolean valid = (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && value >= 0x800;
      return valid ? pack((char) value, 3) : pack(NONE, 1);
    }
    return pack(NONE, 1); // a supplementary character is never part of an ASCII secret
  }

  private static int asciiHex(int b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  private static long pack(char c, int length) {
    return ((long) length << 16) | c;
  }

  @Override
  public String toString() {
    return "SecretScanner{secret=" + Redactor.PLACEHOLDER + "}";
  }
}
