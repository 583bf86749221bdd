package io.humaans.examples.cli;

import io.humaans.client.Sleeper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Runs {@link HumaansCli} in-process with captured streams and a recording sleeper. */
final class CliRun {
  /** The fixed "now" of the test clock: a day after the demo's reference date. */
  static final Instant NOW = Instant.parse("2026-11-03T09:00:00Z");

  final List<Duration> waits = new CopyOnWriteArrayList<>();
  // For each wait, whether the sleeper was handed the call's cancel signal (not yet cancelled).
  final List<Boolean> cancelSignals = new CopyOnWriteArrayList<>();
  private final HumaansCli cli =
      new HumaansCli(recording(waits, cancelSignals), Clock.fixed(NOW, ZoneOffset.UTC));

  /** The outcome of one run. */
  static final class Result {
    final int status;
    final String out;
    final String err;

    Result(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    String both() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = cli.run(args, env, o, e);
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Sleeper recording(List<Duration> waits, List<Boolean> cancelSignals) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) {
        waits.add(duration);
      }

      @Override
      public void sleep(Duration duration, BooleanSupplier canceled) {
        cancelSignals.add(!canceled.getAsBoolean());
        waits.add(duration);
      }
    };
  }
}
