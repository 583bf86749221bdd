package io.humaans.examples.bench;

import io.humaans.client.HumaansClient;
import io.humaans.client.model.Person;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * #2: the same 10,000-person directory with 50 ms of server latency per request, read with {@code
 * list().parallel(n)} against the client's serial paging; checks that the parallel read yields
 * every person exactly once, in order. The concurrency is 16, the client's default {@code
 * maxConcurrentRequests} (property {@code bench.parallel.concurrency}).
 */
final class ParallelBench {
  static final int CONCURRENCY = Integer.getInteger("bench.parallel.concurrency", 16);

  private ParallelBench() {}

  static void run(Figures figures, boolean quick) throws IOException {
    int people = 10_000;
    int latency = 50;
    System.out.println(
        "#2 parallel: "
            + people
            + " people, "
            + latency
            + " ms latency per request, parallel("
            + CONCURRENCY
            + ") vs serial");
    PeopleData data = new PeopleData(people);
    try (BenchServer server = BenchServer.start(data, latency, true);
        HumaansClient client =
            HumaansClient.builder().token("bench").baseUrl(server.baseUrl()).build()) {
      List<String> expected = new ArrayList<>(people);
      for (int i = 0; i < people; i++) {
        expected.add(PeopleData.personId(i));
      }
      List<String> parallelIds = ids(client, CONCURRENCY);
      List<String> serialIds = ids(client, 1);
      boolean exact = parallelIds.equals(expected) && serialIds.equals(expected);
      Figures.note(
          "parallel read: %d rows, %d distinct, identical to the server's order: %s",
          parallelIds.size(),
          parallelIds.stream().distinct().count(),
          parallelIds.equals(expected));
      Rounds.Pair r =
          Rounds.pair(
              1, quick ? 2 : 5, () -> ids(client, CONCURRENCY).size(), () -> ids(client, 1).size());
      Figures.note(
          "parallel(%d) median %.1f ms, serial median %.1f ms (40 requests x %d ms = %d ms of latency)",
          CONCURRENCY, r.aMs(), r.bMs(), latency, 40 * latency);
      figures.add(
          "2", "parallel/serial time", Figures.ratio(r.ratio()), "<= 0.200", r.ratio() <= 0.2);
      figures.add(
          "2",
          "parallel rows in order, none lost or duplicated",
          exact ? "yes" : "NO",
          "yes",
          exact);
    }
  }

  private static List<String> ids(HumaansClient client, int concurrency) {
    List<String> ids = new ArrayList<>();
    for (Person p : client.people().list().parallel(concurrency)) {
      ids.add(p.id());
    }
    return ids;
  }
}
