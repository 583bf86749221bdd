package io.humaans.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * #8: what a user starting the CLI waits for. Fresh JVMs run {@code java -jar
 * examples/target/humaans-examples.jar report} (no JVM options, as the README runs it) against a
 * loopback bench server of 300 people without latency: the time from starting the process to the
 * server seeing its first request, and to the last byte of the report on standard output. Then
 * {@code report --demo} wall time (start to exit) without and with an application class-data
 * sharing archive made by one {@code -XX:ArchiveClassesAtExit} run of {@code report --demo}; the
 * runs with and without the archive alternate. Medians of N runs each.
 */
final class ColdStartBench {
  private ColdStartBench() {}

  static void run(Figures figures, boolean quick) throws IOException, InterruptedException {
    int runs = Integer.getInteger("bench.coldstart.runs", quick ? 3 : 9);
    Path jar = ChildJvm.cliJar();
    System.out.println("#8 cold start: " + runs + " fresh JVMs each, java -jar " + jar);
    if (!Files.isRegularFile(jar)) {
      figures.add(
          "8",
          "JVM start to first request",
          "no CLI jar at " + jar + " (run mvn package)",
          "<= 500 ms",
          false);
      return;
    }
    Path archive = Files.createTempFile("humaans-cli", ".jsa");
    Files.delete(archive);
    try (BenchServer server = BenchServer.start(new PeopleData(300), 0, true)) {
      Map<String, String> env =
          Map.of("HUMAANS_API_TOKEN", "bench", "HUMAANS_BASE_URL", server.baseUrl());
      List<String> report = List.of(ChildJvm.java(), "-jar", jar.toString(), "report");
      List<String> demo = List.of(ChildJvm.java(), "-jar", jar.toString(), "report", "--demo");
      ChildJvm.time(report, env); // page cache, first launch
      double[] first = new double[runs];
      double[] last = new double[runs];
      for (int i = 0; i < runs; i++) {
        server.resetCounts();
        ChildJvm.Timing t = ChildJvm.time(report, env);
        first[i] = (server.firstRequestNanos() - t.startNanos()) / 1e6;
        last[i] = t.toEndOfOutputMs();
        check(t, 1);
      }
      ChildJvm.Timing dump =
          ChildJvm.time(withCds(demo, "-XX:ArchiveClassesAtExit=" + archive), Map.of());
      check(dump, 1);
      Figures.note(
          "archive: %d MB, made by one report --demo run (%.0f ms)",
          Files.size(archive) / 1048576, dump.toExitMs());
      List<String> demoCds = withCds(demo, "-XX:SharedArchiveFile=" + archive);
      List<String> reportCds = withCds(report, "-XX:SharedArchiveFile=" + archive);
      double[] plain = new double[runs];
      double[] cds = new double[runs];
      double[] firstCds = new double[runs];
      for (int i = 0; i < runs; i++) {
        ChildJvm.Timing a = i % 2 == 0 ? ChildJvm.time(demo, Map.of()) : null;
        ChildJvm.Timing b = ChildJvm.time(demoCds, Map.of());
        if (a == null) {
          a = ChildJvm.time(demo, Map.of());
        }
        check(a, 1);
        check(b, 1);
        plain[i] = a.toExitMs();
        cds[i] = b.toExitMs();
        server.resetCounts();
        ChildJvm.Timing c = ChildJvm.time(reportCds, env);
        check(c, 1);
        firstCds[i] = (server.firstRequestNanos() - c.startNanos()) / 1e6;
      }
      double firstMs = Rounds.median(first);
      double lastMs = Rounds.median(last);
      double plainMs = Rounds.median(plain);
      double cdsMs = Rounds.median(cds);
      Figures.note(
          "first request %s (runs %s), last byte %s; with CDS first request %s",
          Figures.ms(firstMs),
          rounded(first),
          Figures.ms(lastMs),
          Figures.ms(Rounds.median(firstCds)));
      Figures.note(
          "report --demo: %s without CDS (runs %s), %s with (runs %s)",
          Figures.ms(plainMs), rounded(plain), Figures.ms(cdsMs), rounded(cds));
      figures.add(
          "8",
          "JVM start to first request (report, no JVM options)",
          Figures.ms(firstMs),
          "<= 500 ms",
          firstMs <= 500);
      figures.add(
          "8", "JVM start to last byte of the report (300 people)", Figures.ms(lastMs), "-", true);
      figures.add(
          "8",
          "JVM start to first request with the CDS archive",
          Figures.ms(Rounds.median(firstCds)),
          "-",
          true);
      figures.add(
          "8",
          "report --demo wall time, without / with CDS",
          Figures.ms(plainMs)
              + " / "
              + Figures.ms(cdsMs)
              + " (with/without "
              + Figures.ratio(cdsMs / plainMs)
              + ")",
          "-",
          true);
    } finally {
      Files.deleteIfExists(archive);
    }
  }

  private static List<String> withCds(List<String> command, String option) {
    List<String> out = new ArrayList<>(command);
    out.add(1, option);
    return out;
  }

  /** The CLI's report exits 0 or 1 (checks failing); anything else, or no report, is an error. */
  private static void check(ChildJvm.Timing t, int expected) {
    if (t.status() > expected || t.outputBytes() == 0) {
      throw new IllegalStateException(
          "CLI child exited with " + t.status() + " after " + t.outputBytes() + " bytes");
    }
  }

  private static String rounded(double[] ms) {
    StringBuilder sb = new StringBuilder();
    for (double m : ms) {
      sb.append(sb.length() == 0 ? "" : ", ").append(Math.round(m));
    }
    return sb.toString();
  }
}
