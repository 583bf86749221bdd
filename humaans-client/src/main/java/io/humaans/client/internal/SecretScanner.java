package io.humaans.client.internal;

import okio.Buffer;

/**
 * Tells in one pass over a JSON body's bytes whether any string in it (key or value) may hold the
 * secret in a form {@link Redactor} removes, so that only such bodies take the slower redacting
 * path ({@link RedactedJsonCopy}). The answer errs on one side only: {@code false} means that no
 * string of the body, once decoded, contains the secret in any form {@link Redactor} knows; {@code
 * true} may be a false alarm (the redacting path then changes nothing).
 *
 * <p>The bytes are read as the JSON parser reads them ({@code \}{@code uXXXX}, {@code \/} and the
 * other escapes, UTF-8), and on top of that as {@link Redactor} matches (raw, {@code %XX}, {@code
 * +} for a space, backslash escapes), trying every start position, so an echo split into escapes of
 * either layer is still found. Only bytes that can start the encoding of one chosen character of
 * the secret (the character itself, {@code %}, {@code \}, or {@code +} for a space) cost more than
 * a comparison; from there the rest of the secret is matched, which usually fails at once.
 *
 * <p>Not API. Immutable and thread-safe.
 */
final class SecretScanner {
  private static final char NONE = '\uFFFF';

  private final String secret;

  /** The character of the secret whose encodings the scan looks for first. */
  private final int anchor;

  private final boolean asciiOnly;

  SecretScanner(String secret) {
    this.secret = secret;
    this.asciiOnly = secret.chars().allMatch(c -> c < 0x80);
    this.anchor = anchorOf(secret);
  }

  /**
   * Picks, from the first half of the secret, a character that is rare in JSON text (an upper-case
   * letter, then a digit or sign, then anything but a lower-case letter or space), so that the scan
   * seldom stops; the rest of the secret after it is still long enough to rule false alarms out.
   */
  private static int anchorOf(String secret) {
    int best = 0;
    int bestRank = Integer.MAX_VALUE;
    for (int k = 0; k <= secret.length() / 2 && k < secret.length(); k++) {
      char c = secret.charAt(k);
      int rank =
          c >= 'A' && c <= 'Z'
              ? 0
              : c >= '0' && c <= '9' ? 1 : (c >= 'a' && c <= 'z') || c == ' ' ? 3 : 2;
      if (rank < bestRank) {
        best = k;
        bestRank = rank;
      }
    }
    return best;
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
    byte first = (byte) secret.charAt(anchor);
    byte plus = secret.charAt(anchor) == ' ' ? (byte) '+' : first;
    try (Buffer.UnsafeCursor cursor = body.readUnsafe()) {
      for (int n = cursor.seek(0); n != -1; n = cursor.next()) {
        byte[] data = cursor.data;
        if (data == null) {
          break;
        }
        long base = cursor.offset - cursor.start;
        for (int i = cursor.start, end = cursor.end; i < end; i++) {
          byte b = data[i];
          if ((b == first || b == '\\' || b == '%' || b == plus)
              && matchesFrom(new Bytes(body, data, base, cursor.start, end), base + i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Returns whether the secret from {@link #anchor} on is encoded at {@code pos}. */
  private boolean matchesFrom(Bytes bytes, long pos) {
    long at = pos;
    for (int k = anchor; k < secret.length(); k++) {
      at = unit(bytes, at, secret.charAt(k));
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
  private static long unit(Bytes bytes, long pos, char c) {
    long decoded = bytes.decode(pos);
    if (decoded < 0) {
      return -1;
    }
    char ch = charOf(decoded);
    long next = pos + lengthOf(decoded);
    if (ch == c || (ch == '+' && c == ' ')) {
      return next;
    }
    if (ch == '%') {
      return hexChars(bytes, next, 2, c);
    }
    if (ch == '\\') {
      long escaped = bytes.decode(next);
      if (escaped < 0) {
        return -1;
      }
      char n = charOf(escaped);
      long after = next + lengthOf(escaped);
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
  private static long hexChars(Bytes bytes, long pos, int digits, char c) {
    int value = 0;
    long at = pos;
    for (int i = 0; i < digits; i++) {
      long decoded = bytes.decode(at);
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

  /**
   * The body's bytes, read from the current segment's array while in it and from the buffer past
   * it. {@link #decode} returns the next character as the JSON parser reads it, packed as {@code
   * length << 16 | char}, or -1 at the end.
   */
  private record Bytes(Buffer body, byte[] data, long base, int start, int end) {
    int at(long pos) {
      long i = pos - base;
      if (i >= start && i < end) {
        return data[(int) i] & 0xFF;
      }
      return pos < body.size() ? body.getByte(pos) & 0xFF : -1;
    }

    long decode(long pos) {
      int b = at(pos);
      if (b < 0) {
        return -1;
      }
      if (b == '\\') {
        int e = at(pos + 1);
        switch (e) {
          case 'u' -> {
            int value = 0;
            for (int i = 2; i < 6; i++) {
              int d = asciiHex(at(pos + i));
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
      return utf8(b, pos);
    }

    /** Decodes a multi-byte UTF-8 character; anything malformed or overlong reads as no match. */
    private long utf8(int b, long pos) {
      if ((b & 0xE0) == 0xC0) {
        int b1 = at(pos + 1);
        int value = ((b & 0x1F) << 6) | (b1 & 0x3F);
        return (b1 & 0xC0) == 0x80 && value >= 0x80 ? pack((char) value, 2) : pack(NONE, 1);
      }
      if ((b & 0xF0) == 0xE0) {
        int b1 = at(pos + 1);
        int b2 = at(pos + 2);
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
  }

  @Override
  public String toString() {
    return "SecretScanner{secret=" + Redactor.PLACEHOLDER + "}";
  }
}
