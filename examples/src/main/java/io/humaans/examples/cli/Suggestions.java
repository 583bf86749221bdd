package io.humaans.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * "Did you mean" for a mistyped option or command: the candidates within two edits (insertions,
 * deletions, substitutions; a swap of two letters is two), or that start with what was typed.
 * One-letter options are never suggested.
 */
final class Suggestions {
  private static final int MAX_EDITS = 2;

  private Suggestions() {}

  /**
   * Returns {@code " (did you mean X?)"} or {@code " (did you mean X or Y?)"}, or an empty string
   * when nothing is close.
   */
  static String didYouMean(String typed, Collection<String> candidates) {
    List<String> close = close(typed, candidates);
    if (close.isEmpty()) {
      return "";
    }
    return " (did you mean " + String.join(" or ", close) + "?)";
  }

  /** Returns the candidates close to {@code typed}, closest first, in the given order on ties. */
  static List<String> close(String typed, Collection<String> candidates) {
    String bare = strip(typed);
    List<String> found = new ArrayList<>();
    for (int edits = 0; edits <= MAX_EDITS; edits++) {
      for (String candidate : candidates) {
        String name = strip(candidate);
        if (name.length() < 2 || found.contains(candidate) || name.equals(bare)) {
          continue;
        }
        boolean prefix = edits == 0 && bare.length() >= 3 && name.startsWith(bare);
        if (prefix || (edits > 0 && distance(bare, name) == edits && edits < bare.length())) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  private static String strip(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) == '-') {
      i++;
    }
    return name.substring(i);
  }

  /** The Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
