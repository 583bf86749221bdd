package io.humaans.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whole-word, case-insensitive job-title patterns. A title is split into segments at {@code , & / |
 * ; ( )} and at the word {@code and} ({@code "Co-founder & CEO"} has the segments {@code co
 * founder} and {@code ceo}), and each segment into words at every character that is not a letter or
 * digit. A pattern matches when its words make up a whole segment, optionally after a leading
 * {@code interim} or {@code acting}; the pattern word {@code ...} stands for one or more title
 * words. So "Chief Revenue Officer" and "Founder and CEO" match, while "Chief of Staff to the CEO",
 * "Executive Assistant to the CEO" and "Founder's Associate" do not.
 *
 * <p>Words after {@code to}, {@code for} or {@code of the} name whom the person serves, not their
 * own role: "Executive Assistant to the CEO & Founder" and "Chief of Staff, Office of the CEO &
 * CTO" must not exempt their holders through {@code Founder} or {@code CTO}, and "Chief of Staff to
 * the Chief Executive Officer" not through {@code Chief ... Officer}. So a segment after one
 * holding such a word is never matched, and {@code ...} never stands for such a word; a pattern's
 * own words may be such words ({@code Chair of the Board}). Erring this way turns an exemption into
 * a visible FAIL (fixed by listing the person's id), never a missed FAIL into an exemption. No
 * regex is used.
 */
final class TitlePatterns {
  private static final String ANY_WORDS = "...";

  private final List<String[]> patterns = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();

  TitlePatterns(List<String> patterns) {
    for (String pattern : patterns) {
      List<String> words = new ArrayList<>();
      for (String part : pattern.strip().split("\\s+", -1)) {
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

  /** Returns the first pattern (as configured) matching a whole segment of the title, or null. */
  @Nullable String match(String title) {
    List<String[]> segments = ownSegments(segments(title));
    for (int p = 0; p < patterns.size(); p++) {
      String[] pattern = patterns.get(p);
      for (String[] segment : segments) {
        int start =
            segment.length > 1 && (segment[0].equals("interim") || segment[0].equals("acting"))
                ? 1
                : 0;
        if (matchesAt(pattern, 0, segment, start)) {
          return sources.get(p);
        }
      }
    }
    return null;
  }

  /**
   * The segments that may name the person's own role: those up to and including the first one
   * holding a word that introduces whom the person serves (see the class comment).
   */
  private static List<String[]> ownSegments(List<String[]> segments) {
    for (int s = 0; s < segments.size(); s++) {
      String[] words = segments.get(s);
      for (int w = 0; w < words.length; w++) {
        if (servesWhoFollows(words, w)) {
          return segments.subList(0, s + 1);
        }
      }
    }
    return segments;
  }

  /** Whether {@code words[i]} is {@code to}, {@code for}, or {@code of} before {@code the}. */
  private static boolean servesWhoFollows(String[] words, int i) {
    String word = words[i];
    return word.equals("to")
        || word.equals("for")
        || (word.equals("of") && i + 1 < words.length && words[i + 1].equals("the"));
  }

  /** Whether {@code pattern[pi..]} matches {@code title[ti..]} to its end. */
  private static boolean matchesAt(String[] pattern, int pi, String[] title, int ti) {
    if (pi == pattern.length) {
      return ti == title.length;
    }
    if (ti == title.length) {
      return false;
    }
    if (ANY_WORDS.equals(pattern[pi])) {
      // "..." covers title[ti..next); it stops before a word introducing whom the person serves.
      for (int next = ti + 1; next <= title.length; next++) {
        if (servesWhoFollows(title, next - 1)) {
          return false;
        }
        if (matchesAt(pattern, pi + 1, title, next)) {
          return true;
        }
      }
      return false;
    }
    return pattern[pi].equals(title[ti]) && matchesAt(pattern, pi + 1, title, ti + 1);
  }

  /** Splits a title into segments of lower-case words (see the class comment). */
  static List<String[]> segments(String text) {
    List<String[]> out = new ArrayList<>(2);
    List<String> current = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        start = -1;
        if (word.equals("and")) {
          flush(current, out);
        } else {
          current.add(word);
        }
      }
      if (c == ',' || c == '&' || c == '/' || c == '|' || c == ';' || c == '(' || c == ')') {
        flush(current, out);
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(List<String> words, List<String[]> out) {
    if (!words.isEmpty()) {
      out.add(words.toArray(new String[0]));
      words.clear();
    }
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
