package io.humaans.examples.bench;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * #9: the host-app case. A compliance product runs the checks for thousands of small companies in
 * one long-lived JVM: 10,000 runs of every check on 300-person companies (accounts, seats, events,
 * policies and waivers from {@link ChecksData}; 16 companies of different seeds, taken in turn),
 * after 2,000 warm-up runs. Its cost per person is compared with that of the 1,000,000-person run
 * of #4, measured in the same suite run in a child JVM with the suite's options (as #4 runs:
 * warm-up on 100,000 and 1,000,000, then the median of 3 rounds).
 */
final class SmallCompaniesBench {
  private SmallCompaniesBench() {}

  static void run(Figures figures, boolean quick) throws IOException, InterruptedException {
    int size = 300;
    int runs = Integer.getInteger("bench.small.runs", quick ? 2_000 : 10_000);
    int large = Integer.getInteger("bench.checks.large", quick ? 100_000 : 1_000_000);
    System.out.println(
        "#9 small companies: "
            + runs
            + " check runs of "
            + size
            + "-person companies in one"
            + " JVM, against "
            + large
            + " people (#4's run, in a child JVM with this JVM's options)");
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
    double largeMs =
        Rounds.median(
            ChecksDefaultBench.inChild(
                ManagementFactory.getRuntimeMXBean().getInputArguments(), large, 3));
    double largeNsPerPerson = largeMs * 1e6 / large;
    double ratio = smallNsPerPerson / largeNsPerPerson;
    Figures.note(
        "%d runs in %.0f ms: %.3f ms per run, %.0f ns per person; %d people: %s, %.0f ns per person"
            + " (checksum %d)",
        runs,
        smallMs,
        perRunMs,
        smallNsPerPerson,
        large,
        Figures.ms(largeMs),
        largeNsPerPerson,
        sink);
    figures.add(
        "9",
        "small companies: cost per person, 300-person runs / " + large + " run",
        Figures.ratio(ratio)
            + " ("
            + Math.round(smallNsPerPerson)
            + " vs "
            + Math.round(largeNsPerPerson)
            + " ns; "
            + String.format(java.util.Locale.ROOT, "%.2f", perRunMs)
            + " ms per company)",
        "<= 2",
        ratio <= 2);
  }
}
