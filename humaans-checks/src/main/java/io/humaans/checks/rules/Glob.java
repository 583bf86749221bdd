package io.humaans.checks.rules;

import java.util.Locale;

/**
 * A case-insensitive pattern where {@code *} matches any run of characters (none included);
 * both sides are stripped. Matching is linear-time greedy with backtracking to the last star,
 * no regex.
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

  /** Whether a value, already stripped and lower-cased, matches. */
  boolean matches(String value) {
    int p = 0;
    int v = 0;
    int star = -1;
    int mark = 0;
    while (v < value.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = v;
      } else if (p < pattern.length() && pattern.charAt(p) == value.charAt(v)) {
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
