package io.humaans.examples.bench;

import java.lang.management.ManagementFactory;
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
 * {@code checks}, {@code memory}, {@code decode}, plus {@code --quick} for a smoke run on smaller
 * inputs with fewer rounds. {@code decode} runs JMH, which forks a JVM per contender with this
 * JVM's class path and options. Exits with status 1 when a target is missed, 2 on bad arguments.
 */
public final class BenchMain {
  private static final List<String> ALL =
      List.of("paging", "parallel", "directory", "checks", "memory", "decode");

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
    boolean quick = false;
    List<String> selected = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.equals("all")) {
        selected.addAll(ALL);
      } else if (ALL.contains(arg)) {
        selected.add(arg);
      } else {
        System.err.println("unknown benchmark '" + arg + "'; use all, " + String.join(", ", ALL) + " and --quick");
        System.exit(2);
      }
    }
    if (selected.isEmpty()) {
      selected.addAll(ALL);
    }
    printMachine(quick);
    Figures figures = new Figures();
    long t0 = System.nanoTime();
    for (String name : ALL) {
      if (!selected.contains(name)) {
        continue;
      }
      switch (name) {
        case "paging" -> PagingBench.run(figures, quick);
        case "parallel" -> ParallelBench.run(figures, quick);
        case "directory" -> DirectoryBench.run(figures, quick);
        case "checks" -> ChecksBench.run(figures, quick);
        case "memory" -> MemoryBench.run(figures, quick);
        case "decode" -> DecodeBench.run(figures, quick);
        default -> throw new IllegalStateException(name);
      }
      System.gc();
    }
    figures.printTable();
    System.out.printf(Locale.ROOT, "%nsuite finished in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    System.exit(figures.allMet() ? 0 : 1);
  }

  private static void printMachine(boolean quick) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "machine: %d cores, %s %s (%s), max heap %d MB, JVM flags %s, %s%n",
        rt.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), rt.maxMemory() / 1048576,
        ManagementFactory.getRuntimeMXBean().getInputArguments(), quick ? "QUICK mode" : "full mode");
  }
}
