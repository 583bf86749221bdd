package io.humaans.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whole-word, case-insensitive job-title patterns. Titles and patterns are split into words at
 * every character that is not a letter or digit ({@code "Co-founder & CEO"} is
 * {@code co founder ceo}); a pattern matches when its words occur consecutively in the title,
 * where the pattern word {@code ...} stands for one or more title words. No regex is used.
 */
final class TitlePatterns {
  private static final String ANY_WORDS = "...";

  private final List<String[]> patterns = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();

  TitlePatterns(List<String> patterns) {
    for (String pattern : patterns) {
      List<String> words = new ArrayList<>();
      for (String part : pattern.strip().split("\\s+")) {
        if (part.equals(ANY_WORDS)) {
          words.add(ANY_WORDS);
        } else {
          words.addAll(words(part));
        }
      }
      if (!words.isEmpty()) {
        this.patterns.add(words.toArray(new String[0]));
        this.sources.add(pattern);
      }
    }
  }

  /** Returns the first pattern (as configured) matching the title, or null. */
  @Nullable String match(String title) {
    List<String> words = words(title);
    String[] titleWords = words.toArray(new String[0]);
    for (int p = 0; p < patterns.size(); p++) {
      String[] pattern = patterns.get(p);
      for (int start = 0; start < titleWords.length; start++) {
        if (matchesAt(pattern, 0, titleWords, start)) {
          return sources.get(p);
        }
      }
    }
    return null;
  }

  private static boolean matchesAt(String[] pattern, int pi, String[] title, int ti) {
    if (pi == pattern.length) {
      return true;
    }
    if (ti == title.length) {
      return false;
    }
    if (pattern[pi] == ANY_WORDS) {
      for (int next = ti + 1; next <= title.length; next++) {
        if (matchesAt(pattern, pi + 1, title, next)) {
          return true;
        }
      }
      return false;
    }
    return pattern[pi].equals(title[ti]) && matchesAt(pattern, pi + 1, title, ti + 1);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
