package io.humaans.examples.bench;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;

/**
 * #9: the host-app case. A compliance product runs the checks for thousands of small companies in
 * one long-lived JVM: 10,000 runs of every check on 300-person companies (accounts, seats, events,
 * policies and waivers from {@link ChecksData}; 16 companies of different seeds, taken in turn),
 * after 2,000 warm-up runs. Its cost per person is compared with that of the 1,000,000-person run
 * measured in the same JVM right after (1 warm-up, 3 rounds, median).
 */
final class SmallCompaniesBench {
  private SmallCompaniesBench() {}

  static void run(Figures figures, boolean quick) {
    int size = 300;
    int runs = Integer.getInteger("bench.small.runs", quick ? 2_000 : 10_000);
    int large = Integer.getInteger("bench.checks.large", quick ? 100_000 : 1_000_000);
    System.out.println("#9 small companies: " + runs + " check runs of " + size + "-person companies in one"
        + " JVM, against " + large + " people in the same JVM");
    CheckConfig config = CheckConfig.builder().asOf(ChecksData.AS_OF).build();
    CheckInput[] companies = new CheckInput[16];
    for (int i = 0; i < companies.length; i++) {
      companies[i] = ChecksData.generate(size, 1000 + i);
    }
    long sink = 0;
    for (int i = 0; i < runs / 5; i++) {
      sink += Checks.run(companies[i % companies.length], config).results().size();
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      sink += Checks.run(companies[i % companies.length], config).results().size();
    }
    double smallMs = (System.nanoTime() - t0) / 1e6;
    double perRunMs = smallMs / runs;
    double smallNsPerPerson = smallMs * 1e6 / ((double) runs * size);
    CheckInput largeInput = ChecksData.generate(large, 42);
    long[] results = new long[1];
    double largeMs = Rounds.single(1, 3, () -> results[0] = Checks.run(largeInput, config).results().size());
    double largeNsPerPerson = largeMs * 1e6 / large;
    double ratio = smallNsPerPerson / largeNsPerPerson;
    Figures.note("%d runs in %.0f ms: %.3f ms per run, %.0f ns per person; %d people: %s, %.0f ns per person"
        + " (checksum %d)", runs, smallMs, perRunMs, smallNsPerPerson, large, Figures.ms(largeMs),
        largeNsPerPerson, sink + results[0]);
    figures.add("9", "small companies: cost per person, 300-person runs / " + large + " run",
        Figures.ratio(ratio) + " (" + Math.round(smallNsPerPerson) + " vs " + Math.round(largeNsPerPerson)
            + " ns; " + String.format(java.util.Locale.ROOT, "%.2f", perRunMs) + " ms per company)",
        "<= 2", ratio <= 2);
  }
}
