package io.humaans.checks.rules;

import java.util.Locale;

/**
 * A case-insensitive pattern where {@code *} matches any run of characters (none included); both
 * sides are stripped. Matching is linear-time greedy with backtracking to the last star, no regex.
 */
final class Glob {
  private final String pattern;

  Glob(String pattern) {
    this.pattern = pattern.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the pattern is blank (such a matcher is treated as unset). */
  boolean isBlank() {
    return pattern.isEmpty();
  }

  /**
   * Returns a stripped value ready for {@link #matches}: itself when it is ASCII (matching folds
   * ASCII case), else lower-cased.
   */
  static String prepare(String stripped) {
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) >= 0x80) {
        return stripped.toLowerCase(Locale.ROOT);
      }
    }
    return stripped;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Whether a value matches: the value is stripped, and either lower-cased or given by {@link
   * #prepare} (ASCII letters are compared case-insensitively).
   */
  boolean matches(String value) {
    int p = 0;
    int v = 0;
    int star = -1;
    int mark = 0;
    while (v < value.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = v;
      } else if (p < pattern.length() && pattern.charAt(p) == lowerAscii(value.charAt(v))) {
        p++;
        v++;
      } else if (star >= 0) {
        p = star + 1;
        v = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
