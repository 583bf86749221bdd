package io.humaans.examples.bench;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;

/**
 * #4: every check on 1,000,000 people, accounts and seats, against the same on 100,000, in one run
 * after warm-up: 4 rounds on 100,000 then the median of 3; 3 rounds on 1,000,000 then the median of
 * 3 (one warm-up round there left C2 still compiling the large run's paths in the first measured
 * rounds). No collection is forced between rounds: the garbage of the previous run is part of a
 * warm run, as in a long-lived host. Runs with the JVM's default options (see docs). The system
 * properties {@code bench.checks.small}, {@code bench.checks.large} and {@code bench.checks.rounds}
 * override the sizes and the number of measured rounds (for profiling runs). It also prints the
 * collector's work during the measured rounds and what one more (untimed) large run allocates.
 */
final class ChecksBench {
  private ChecksBench() {}

  static void run(Figures figures, boolean quick) {
    int small = Integer.getInteger("bench.checks.small", quick ? 10_000 : 100_000);
    int large = Integer.getInteger("bench.checks.large", quick ? 100_000 : 1_000_000);
    int rounds = Integer.getInteger("bench.checks.rounds", 3);
    System.out.println(
        "#4 checks: every check on "
            + large
            + " vs "
            + small
            + " people/accounts/seats (+ events for a tenth, 4 policies, 20 waivers)");
    CheckConfig config = CheckConfig.builder().asOf(ChecksData.AS_OF).build();
    long g0 = System.nanoTime();
    CheckInput smallInput = ChecksData.generate(small, 42);
    CheckInput largeInput = ChecksData.generate(large, 42);
    Figures.note(
        "generated inputs in %.1f s (%d + %d job roles)",
        (System.nanoTime() - g0) / 1e9,
        smallInput.directory().jobRoles().size(),
        largeInput.directory().jobRoles().size());
    int[] results = new int[1];
    double smallMs =
        Rounds.single(quick ? 3 : 4, rounds, () -> Checks.run(smallInput, config).results().size());
    HeapWork[] measured = new HeapWork[1];
    int warmups = quick ? 1 : 3;
    int[] round = new int[1];
    double largeMs =
        Rounds.single(
            warmups,
            rounds,
            () -> {
              if (round[0]++ == warmups) {
                measured[0] = HeapWork.now(); // the first measured round starts
              }
              return results[0] = Checks.run(largeInput, config).results().size();
            });
    HeapWork end = HeapWork.now();
    Figures.note(
        "collector during the %d measured rounds on %d: %s",
        rounds, large, end.collectionsSince(measured[0]));
    HeapWork before = HeapWork.now();
    Checks.run(largeInput, config);
    Figures.note(
        "allocated by one more run on %d (all threads): %.0f MB",
        large, HeapWork.now().allocatedMbSince(before));
    Figures.note(
        "%d results on %d people (one per subject and check, PASS included)", results[0], large);
    double ratio = largeMs / smallMs;
    Figures.note(
        "median %s on %d, %s on %d", Figures.ms(smallMs), small, Figures.ms(largeMs), large);
    figures.add("4", "checks time on " + large, Figures.ms(largeMs), "<= 5000 ms", largeMs <= 5000);
    figures.add(
        "4", "checks " + large + "/" + small + " time", Figures.ratio(ratio), "<= 12", ratio <= 12);
  }
}
