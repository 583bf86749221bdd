package io.humaans.examples.bench;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.examples.cli.HumaansCli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * #7: the CLI's {@code report} end to end (directory read, checks, JSON report) on 10,000 people
 * and their job roles at 100 ms latency per request, against a floor measured in the same run:
 * {@link RawReader}, which sends {@code /token-info} and both first pages at once, then every
 * remaining page at once. Two contenders against the floor: the CLI itself ({@link HumaansCli#run},
 * as a user runs it, its options as they are) and the same path with {@link DirectoryReader}'s
 * defaults (what the CLI does once it uses them), and for information the latter with a client
 * limit of 64 requests at once instead of 16, and the floor held to 16 requests in flight (the
 * client's default limit). Each round runs the five in rotating order.
 */
final class E2eBench {
  private E2eBench() {}

  static void run(Figures figures, boolean quick) throws IOException {
    int people = quick ? 2_000 : 10_000;
    int latency = Integer.getInteger("bench.e2e.latency", 100);
    int rounds = quick ? 3 : 5;
    PeopleData data = new PeopleData(people);
    System.out.println(
        "#7 e2e: report on "
            + people
            + " people, "
            + data.roles()
            + " job roles, "
            + latency
            + " ms latency per request; floor: all first pages at once, then all the rest");
    try (BenchServer server = BenchServer.start(data, latency, true);
        RawReader floor = new RawReader(server.baseUrl(), 1024);
        RawReader floor16 = new RawReader(server.baseUrl(), 16)) {
      Map<String, String> env =
          Map.of("HUMAANS_API_TOKEN", "bench", "HUMAANS_BASE_URL", server.baseUrl());
      CheckConfig config = CheckConfig.builder().asOf(ChecksData.AS_OF).build();
      long[] bytes = new long[3];
      Task cli =
          () -> {
            CountingStream out = new CountingStream();
            // The one line coupled to the CLI: its public entry, as `report --format json`.
            new HumaansCli()
                .run(
                    new String[] {"report", "--format", "json"},
                    env,
                    out.print(),
                    CountingStream.discard());
            bytes[0] = out.count;
            return bytes[0];
          };
      Task sdk =
          () -> {
            try (HumaansClient client =
                HumaansClient.builder().token("bench").baseUrl(server.baseUrl()).build()) {
              Report report =
                  Checks.run(
                      CheckInput.builder()
                          .directory(DirectoryReader.builder(client).build().read())
                          .build(),
                      config);
              bytes[1] = report.toJson().getBytes(StandardCharsets.UTF_8).length;
              return bytes[1];
            }
          };
      Task raw = () -> bytes[2] = floor.read(people, data.roles());
      Task wide =
          () -> {
            try (HumaansClient client =
                HumaansClient.builder()
                    .token("bench")
                    .baseUrl(server.baseUrl())
                    .maxConcurrentRequests(64)
                    .build()) {
              Report report =
                  Checks.run(
                      CheckInput.builder()
                          .directory(DirectoryReader.builder(client).build().read())
                          .build(),
                      config);
              return report.toJson().length();
            }
          };
      Task raw16 = () -> floor16.read(people, data.roles());
      String[] names = {"cli", "sdk-default", "floor", "sdk-limit-64", "floor-16-in-flight"};
      Task[] tasks = {cli, sdk, raw, wide, raw16};
      int n = tasks.length;
      double[][] ms = new double[n][rounds];
      for (int w = 0; w < 2; w++) {
        for (Task t : tasks) {
          t.run();
        }
      }
      server.resetCounts();
      sdk.run();
      Figures.note(
          "one SDK read: %d people + %d job-roles + %d token-info requests",
          server.count("people"), server.count("job-roles"), server.count("token-info"));
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < n; k++) {
          int c = (r + k) % n;
          long t0 = System.nanoTime();
          tasks[c].run();
          ms[c][r] = (System.nanoTime() - t0) / 1e6;
        }
      }
      double cliMs = Rounds.median(ms[0]);
      double sdkMs = Rounds.median(ms[1]);
      double floorMs = Rounds.median(ms[2]);
      double wideMs = Rounds.median(ms[3]);
      double floor16Ms = Rounds.median(ms[4]);
      Figures.note(
          "medians of %d rounds: %s %s, %s %s, %s %s, %s %s, %s %s (report %d bytes; floor read %d rows)",
          rounds,
          names[0],
          Figures.ms(cliMs),
          names[1],
          Figures.ms(sdkMs),
          names[2],
          Figures.ms(floorMs),
          names[3],
          Figures.ms(wideMs),
          names[4],
          Figures.ms(floor16Ms),
          bytes[1],
          bytes[2]);
      try (HumaansClient client =
          HumaansClient.builder().token("bench").baseUrl(server.baseUrl()).build()) {
        io.humaans.checks.model.Directory[] read = new io.humaans.checks.model.Directory[1];
        double readMs =
            Rounds.single(
                0,
                3,
                () -> {
                  read[0] = DirectoryReader.builder(client).build().read();
                  return read[0].people().size();
                });
        double checksMs =
            Rounds.single(
                1,
                3,
                () ->
                    Checks.run(CheckInput.builder().directory(read[0]).build(), config)
                        .toJson()
                        .length());
        Figures.note(
            "where sdk-default goes: directory read %s, checks + JSON on the read directory %s",
            Figures.ms(readMs), Figures.ms(checksMs));
      }
      figures.add(
          "7",
          "e2e CLI report (as is) / floor",
          Figures.ratio(cliMs / floorMs)
              + " ("
              + Figures.ms(cliMs)
              + " vs "
              + Figures.ms(floorMs)
              + ")",
          "<= 1.5",
          cliMs / floorMs <= 1.5);
      figures.add(
          "7",
          "e2e read + checks + JSON, reader defaults / floor",
          Figures.ratio(sdkMs / floorMs)
              + " ("
              + Figures.ms(sdkMs)
              + " vs "
              + Figures.ms(floorMs)
              + ")",
          "<= 1.5",
          sdkMs / floorMs <= 1.5);
      figures.add(
          "7",
          "e2e as above, client limit 64 / floor",
          Figures.ratio(wideMs / floorMs) + " (" + Figures.ms(wideMs) + ")",
          "-",
          true);
      figures.add(
          "7",
          "e2e reader defaults / floor with 16 in flight (the client's limit)",
          Figures.ratio(sdkMs / floor16Ms) + " (floor " + Figures.ms(floor16Ms) + ")",
          "-",
          true);
    }
  }

  /** A contender: runs once, returns a size so that the work cannot be skipped. */
  @FunctionalInterface
  interface Task {
    long run();
  }

  /** Counts the bytes printed to it. */
  static final class CountingStream extends OutputStream {
    long count;

    PrintStream print() {
      return new PrintStream(this, false, StandardCharsets.UTF_8);
    }

    static PrintStream discard() {
      return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
