package io.humaans.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the SDK benchmarks and prints every figure as a ratio to a baseline measured in the same
 * run, then a Markdown table of the headline figures. See {@code docs/benchmarks.md}.
 *
 * <pre>{@code
 * mvn -B -q -Pbench -pl examples -am package -DskipTests
 * java -Xmx8g -cp "examples/target/classes:$(cat examples/target/bench.classpath)" \
 *     io.humaans.examples.bench.BenchMain all
 * }</pre>
 *
 * <p>Arguments: any of {@code all} (default), {@code paging}, {@code parallel}, {@code directory},
 * {@code checks}, {@code memory}, {@code decode}, {@code e2e}, {@code coldstart}, {@code small},
 * {@code checks-default}, plus {@code --quick} for a smoke run on smaller inputs with fewer rounds.
 * When more than one benchmark is selected, each runs in its own JVM started with this JVM's class
 * path and options (as JMH forks do), so that one benchmark's heap and compiled code cannot change
 * another's figures; the table collects every JVM's rows. {@code decode} runs JMH, which forks a
 * JVM per contender with the same class path and options. Exits with status 1 when a target is
 * missed, 2 on bad arguments.
 */
public final class BenchMain {
  private static final List<String> ALL =
      List.of(
          "paging",
          "parallel",
          "directory",
          "checks",
          "memory",
          "decode",
          "e2e",
          "coldstart",
          "small",
          "checks-default");

  private BenchMain() {}

  /**
   * Runs the benchmarks named in {@code args}.
   *
   * @param args benchmark names and options, as described in the class comment
   * @throws Exception if a benchmark cannot start its server or child JVM, or JMH fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals(MemoryBench.CHILD_MODE)) {
      MemoryBench.child(args[1], Integer.parseInt(args[2]));
      return;
    }
    if (args.length == 4 && args[0].equals(ChecksDefaultBench.CHILD_MODE)) {
      ChecksDefaultBench.child(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      return;
    }
    boolean quick = false;
    Path rowsTo = null;
    List<String> selected = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      String arg = args[a];
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.equals(ROWS_TO) && a + 1 < args.length) {
        rowsTo = Path.of(args[++a]);
      } else if (arg.equals("all")) {
        selected.addAll(ALL);
      } else if (ALL.contains(arg)) {
        selected.add(arg);
      } else {
        System.err.println(
            "unknown benchmark '" + arg + "'; use all, " + String.join(", ", ALL) + " and --quick");
        System.exit(2);
      }
    }
    if (selected.isEmpty()) {
      selected.addAll(ALL);
    }
    if (rowsTo == null) {
      printMachine(quick);
    }
    Figures figures = new Figures();
    long t0 = System.nanoTime();
    for (String name : ALL) {
      if (!selected.contains(name)) {
        continue;
      }
      if (selected.size() > 1) {
        figures.addRows(inOwnJvm(name, quick));
        continue;
      }
      switch (name) {
        case "paging" -> PagingBench.run(figures, quick);
        case "parallel" -> ParallelBench.run(figures, quick);
        case "directory" -> DirectoryBench.run(figures, quick);
        case "checks" -> ChecksBench.run(figures, quick);
        case "memory" -> MemoryBench.run(figures, quick);
        case "decode" -> DecodeBench.run(figures, quick);
        case "e2e" -> E2eBench.run(figures, quick);
        case "coldstart" -> ColdStartBench.run(figures, quick);
        case "small" -> SmallCompaniesBench.run(figures, quick);
        case "checks-default" -> ChecksDefaultBench.run(figures, quick);
        default -> throw new IllegalStateException(name);
      }
      System.gc();
    }
    if (rowsTo != null) {
      figures.writeRows(rowsTo);
      System.exit(0);
    }
    figures.printTable();
    System.out.printf(Locale.ROOT, "%nsuite finished in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    System.exit(figures.allMet() ? 0 : 1);
  }

  // Internal option: run one benchmark and write its table rows to a file for the parent JVM.
  private static final String ROWS_TO = "--rows-to";

  /** Runs one benchmark in a child JVM with this JVM's options; returns its table rows. */
  private static List<String> inOwnJvm(String name, boolean quick)
      throws IOException, InterruptedException {
    Path rows = Files.createTempFile("bench-" + name, ".rows");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              BenchMain.class.getName(),
              name,
              ROWS_TO,
              rows.toString()));
      if (quick) {
        command.add("--quick");
      }
      int status = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (status != 0) {
        throw new IllegalStateException("benchmark '" + name + "' exited with status " + status);
      }
      return Files.readAllLines(rows, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(rows);
    }
  }

  private static void printMachine(boolean quick) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %s %s (%s), max heap %d MB, JVM flags %s, %s%n",
        rt.availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        rt.maxMemory() / 1048576,
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        quick ? "QUICK mode" : "full mode");
  }
}
