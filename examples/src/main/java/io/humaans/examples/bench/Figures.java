package io.humaans.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects each benchmark's headline figures and prints them as they come and as a table. */
final class Figures {
  private final List<String> rows = new ArrayList<>();
  private boolean allMet = true;

  /** Records one figure: what it is, its value, the target (or "-") and whether it is met. */
  void add(String bench, String figure, String value, String target, boolean met) {
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s |",
            bench,
            figure,
            value,
            target,
            target.equals("-") ? "-" : met ? "met" : "MISSED");
    rows.add(row);
    allMet &= met;
    System.out.println(
        "  => "
            + figure
            + ": "
            + value
            + (target.equals("-")
                ? ""
                : "  (target " + target + ": " + (met ? "met" : "MISSED") + ")"));
  }

  /** Prints a note under the current benchmark (absolute figures, counts). */
  static void note(String format, Object... args) {
    System.out.println("     " + String.format(Locale.ROOT, format, args));
  }

  boolean allMet() {
    return allMet;
  }

  /** Writes the table rows recorded so far to {@code file}, one per line. */
  void writeRows(Path file) throws IOException {
    Files.write(file, rows, StandardCharsets.UTF_8);
  }

  /** Adds rows written by {@link #writeRows} in another JVM, with their met/missed status. */
  void addRows(List<String> recorded) {
    for (String row : recorded) {
      rows.add(row);
      allMet &= !row.endsWith("| MISSED |");
    }
  }

  void printTable() {
    System.out.println();
    System.out.println("| # | figure | value | target | status |");
    System.out.println("|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  static String ms(double ms) {
    return String.format(Locale.ROOT, "%.1f ms", ms);
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, "%.3f", r);
  }
}
