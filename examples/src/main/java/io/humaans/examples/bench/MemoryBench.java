package io.humaans.examples.bench;

import io.humaans.client.HumaansClient;
import io.humaans.client.model.Person;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * #5: iterates 1,000,000 people through the auto-pager in a child JVM started with {@code -Xmx64m}.
 * The server runs in this (parent) JVM and renders each page on request, so only the client's
 * memory counts against the child's heap.
 */
final class MemoryBench {
  static final String CHILD_MODE = "memory-child";
  private static final String RESULT = "MEMORY-RESULT";

  private MemoryBench() {}

  static void run(Figures figures, boolean quick) throws IOException, InterruptedException {
    int people = quick ? 100_000 : 1_000_000;
    System.out.println(
        "#5 memory: " + people + " people through the auto-pager in a child JVM with -Xmx64m");
    PeopleData data = new PeopleData(people);
    try (BenchServer server = BenchServer.start(data, 0, false)) {
      String java =
          System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      ProcessBuilder pb =
          new ProcessBuilder(
              java,
              "-Xmx64m",
              "-cp",
              System.getProperty("java.class.path"),
              BenchMain.class.getName(),
              CHILD_MODE,
              server.baseUrl(),
              Integer.toString(people));
      pb.redirectErrorStream(true);
      Process child = pb.start();
      String result = null;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          if (line.startsWith(RESULT)) {
            result = line;
          } else {
            System.out.println("     child: " + line);
          }
        }
      }
      if (!child.waitFor(10, TimeUnit.MINUTES)) {
        child.destroyForcibly();
      }
      int exit = child.exitValue();
      boolean ok = exit == 0 && result != null && result.contains(" ok=true");
      Figures.note(
          "child exit %d; %s",
          exit, result == null ? "no result" : result.substring(RESULT.length()).trim());
      figures.add(
          "5",
          "iterate " + people + " people with -Xmx64m",
          ok ? "completed" : "FAILED",
          "completes",
          ok);
    }
  }

  /** The child's side: iterate, check every id in order, report time and peak heap. */
  static void child(String baseUrl, int expected) {
    long t0 = System.nanoTime();
    long rows = 0;
    boolean inOrder = true;
    try (HumaansClient client = HumaansClient.builder().token("bench").baseUrl(baseUrl).build()) {
      for (Person p : client.people().list()) {
        if (inOrder && !p.id().equals(PeopleData.personId((int) rows))) {
          inOrder = false;
        }
        rows++;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    for (MemoryPoolMXBean pool : pools) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf(
        java.util.Locale.ROOT,
        "%s rows=%d inOrder=%s seconds=%.1f peakHeapMB=%.1f maxHeapMB=%.1f ok=%s%n",
        RESULT,
        rows,
        inOrder,
        seconds,
        peak / 1048576.0,
        max / 1048576.0,
        rows == expected && inOrder);
  }
}
