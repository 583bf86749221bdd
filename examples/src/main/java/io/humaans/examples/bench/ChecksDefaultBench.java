package io.humaans.examples.bench;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * #10: #4 as a CLI user runs it. Every check on 1,000,000 people (the input of #4) in child JVMs
 * started with no JVM options at all, as the README runs the CLI (the default heap is a quarter of
 * the machine's memory): warm (4 warm-up runs on 100,000 and one on 1,000,000, then the median of
 * the measured rounds), and one-shot (a fresh JVM per run, one timed run after generating the
 * input, median of three JVMs). Then the warm run again with {@code -Xmx2g}, which must complete
 * within 1.3 times the default-heap time.
 */
final class ChecksDefaultBench {
  static final String CHILD_MODE = "checks-child";

  private ChecksDefaultBench() {}

  static void run(Figures figures, boolean quick) throws IOException, InterruptedException {
    int large = Integer.getInteger("bench.checks.large", quick ? 100_000 : 1_000_000);
    String rounds = Integer.toString(quick ? 3 : 5);
    int oneShots = quick ? 1 : 3;
    System.out.println(
        "#10 checks, JVM defaults: every check on "
            + large
            + " people in child JVMs"
            + " without JVM options (warm and one-shot), and with -Xmx2g");
    double[] warm =
        parse(ChildJvm.bench(List.of(), CHILD_MODE, "warm", Integer.toString(large), rounds));
    double[] once = new double[oneShots];
    for (int i = 0; i < oneShots; i++) {
      once[i] =
          parse(ChildJvm.bench(List.of(), CHILD_MODE, "once", Integer.toString(large), "1"))[0];
    }
    double[] small;
    String smallNote;
    try {
      small =
          parse(
              ChildJvm.bench(
                  List.of("-Xmx2g"), CHILD_MODE, "warm", Integer.toString(large), rounds));
      smallNote = "";
    } catch (IllegalStateException e) {
      small = new double[] {Double.NaN};
      smallNote = " (did not complete: " + e.getMessage() + ")";
    }
    double warmMs = Rounds.median(warm);
    double onceMs = Rounds.median(once);
    double smallMs = Rounds.median(small);
    Figures.note(
        "default heap: warm rounds %s; one-shot %s; -Xmx2g warm rounds %s%s",
        Arrays.toString(warm), Arrays.toString(once), Arrays.toString(small), smallNote);
    figures.add(
        "10",
        "checks on " + large + ", no JVM options, warm median",
        Figures.ms(warmMs) + " (one-shot fresh JVM: " + Figures.ms(onceMs) + ")",
        "<= 5000 ms",
        warmMs <= 5000);
    double ratio = smallMs / warmMs;
    figures.add(
        "10",
        "checks on " + large + " at -Xmx2g / default heap",
        Double.isNaN(ratio)
            ? "did not complete"
            : Figures.ratio(ratio) + " (" + Figures.ms(smallMs) + ")",
        "<= 1.3",
        ratio <= 1.3);
  }

  /**
   * Runs the warm 1M measurement in a child JVM with {@code options}; returns its rounds' times.
   */
  static double[] inChild(List<String> options, int people, int rounds)
      throws IOException, InterruptedException {
    return parse(
        ChildJvm.bench(
            options, CHILD_MODE, "warm", Integer.toString(people), Integer.toString(rounds)));
  }

  private static double[] parse(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("RESULT ")) {
        return Arrays.stream(line.substring(7).trim().split(" "))
            .mapToDouble(Double::parseDouble)
            .toArray();
      }
    }
    throw new IllegalStateException("no RESULT line in " + lines);
  }

  /** The child: {@code warm|once <people> <rounds>}; prints {@code RESULT <ms> ...}. */
  static void child(String mode, int people, int rounds) {
    CheckConfig config = CheckConfig.builder().asOf(ChecksData.AS_OF).build();
    CheckInput input = ChecksData.generate(people, 42);
    if (mode.equals("warm")) {
      warmUp(people / 10, config);
      var unused = Checks.run(input, config).results().size();
    }
    List<String> ms = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      int n = Checks.run(input, config).results().size();
      ms.add(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e6));
      if (n == 0) {
        throw new IllegalStateException("no results");
      }
    }
    System.out.println("RESULT " + String.join(" ", ms));
  }

  /** Four runs on a smaller input, which is garbage once this returns (as in a CLI run). */
  private static void warmUp(int people, CheckConfig config) {
    CheckInput warmUp = ChecksData.generate(people, 42);
    for (int i = 0; i < 4; i++) {
      var unused = Checks.run(warmUp, config).results().size();
    }
  }
}
