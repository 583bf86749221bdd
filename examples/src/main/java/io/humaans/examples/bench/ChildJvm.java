package io.humaans.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts fresh JVMs for the benchmarks that measure what a new process gets. */
final class ChildJvm {
  private ChildJvm() {}

  /** The {@code java} launcher of this JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The CLI jar next to the bench classes ({@code examples/target/humaans-examples.jar}), if built.
   */
  static Path cliJar() {
    Path classes =
        Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator, -1)[0]);
    return classes.toAbsolutePath().resolveSibling("humaans-examples.jar");
  }

  /** One run of a child: when it started, when its first request arrived, when its output ended. */
  record Timing(
      long startNanos, long endOfOutputNanos, long exitNanos, int status, long outputBytes) {
    double toEndOfOutputMs() {
      return (endOfOutputNanos - startNanos) / 1e6;
    }

    double toExitMs() {
      return (exitNanos - startNanos) / 1e6;
    }
  }

  /**
   * Runs {@code command} with {@code env} added to this environment, reading its standard output to
   * the end (counted, not kept); standard error is discarded.
   */
  static Timing time(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process process = pb.start();
    long bytes = 0;
    byte[] buffer = new byte[65536];
    try (InputStream in = process.getInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes += n;
      }
    }
    long end = System.nanoTime();
    int status = process.waitFor();
    return new Timing(t0, end, System.nanoTime(), status, bytes);
  }

  /**
   * Runs a bench child ({@code BenchMain} with {@code args}) and returns its standard output lines.
   */
  static List<String> bench(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("bench-child", ".out");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      int status = process.waitFor();
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      if (status != 0) {
        throw new IllegalStateException(
            "child " + String.join(" ", args) + " exited with " + status + ": " + lines);
      }
      return lines;
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
