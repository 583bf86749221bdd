package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.errors.HumaansException;
import io.humaans.client.model.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The property of {@link PagingPropertyTest} through the whole client (HTTP, retries, envelope
 * decoding, {@code DefaultResource}): an in-memory list behind MockWebServer changes between
 * requests and now and then answers 500, a null {@code data}, a body cut mid-read, or ignores
 * {@code $skip}. Every surviving row exactly once, in order, or a {@code HumaansException}. Fixed
 * seeds; a failure names the seed.
 */
class PagingOverHttpPropertyTest {
  private static final int RUNS = 20;

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void everySurvivingRowExactlyOnceInOrderOrATypedError() {
    int completed = 0;
    for (int run = 0; run < RUNS; run++) {
      long seed = 0xC0FFEE00L + run;
      try {
        completed += check(seed) ? 1 : 0;
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    }
    assertThat(completed).isGreaterThan(RUNS / 2);
  }

  private boolean check(long seed) {
    Random random = new Random(seed);
    int size = random.nextInt(150);
    int cap = random.nextBoolean() ? 1000 : 8 + random.nextInt(60);
    FakeHumaans fake = new FakeHumaans(size, cap);
    List<String> original = List.copyOf(fake.ids);
    Set<String> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    double faultRate = random.nextInt(3) == 0 ? 0.1 : 0;
    int[] next = {0};
    Object lock = new Object();
    fake.beforeEachRequest(
        () -> {
          synchronized (lock) {
            if (random.nextInt(3) == 0) {
              int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 30 : 3);
              for (int i = 0; i < n; i++) {
                if (random.nextBoolean() && !fake.ids.isEmpty()) {
                  deleted.add(fake.ids.remove(random.nextInt(fake.ids.size())));
                } else {
                  fake.ids.add(random.nextInt(fake.ids.size() + 1), "N" + seed + "x" + next[0]++);
                }
              }
            }
          }
        });
    fake.overriding(
        n -> {
          synchronized (lock) {
            if (n == 1 || random.nextDouble() >= faultRate) {
              return null;
            }
            return switch (random.nextInt(3)) {
              case 0 -> new MockResponse.Builder().code(500).body("{\"code\":500}").build();
              case 1 ->
                  new MockResponse.Builder()
                      .body("{\"total\":" + (fake.ids.size() + 1) + ",\"data\":null}")
                      .build();
              default ->
                  new MockResponse.Builder()
                      .body("{\"total\":1000,\"data\":[" + "{\"id\":\"x\"},".repeat(400) + "]}")
                      .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                      .build();
            };
          }
        });
    server.setDispatcher(fake);
    int pageSize = 8 + random.nextInt(random.nextBoolean() ? 20 : 250);
    int parallelism = random.nextBoolean() ? 1 : 2 + random.nextInt(3);
    List<String> out = new ArrayList<>();
    try (HumaansClient client =
        TestClients.builder(server)
            .pageSize(pageSize)
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .build()) {
      try {
        for (Iterator<Person> it = client.people().list().parallel(parallelism).iterator();
            it.hasNext(); ) {
          out.add(it.next().id());
        }
      } catch (HumaansException e) {
        assertThat(new LinkedHashSet<>(out)).hasSize(out.size());
        return false;
      }
    }
    assertThat(new LinkedHashSet<>(out)).as("no row twice").hasSize(out.size());
    List<String> survivors = new ArrayList<>(original);
    survivors.removeAll(deleted);
    List<String> delivered = new ArrayList<>(out);
    delivered.retainAll(new HashSet<>(survivors));
    assertThat(delivered)
        .as(
            "surviving rows in order (page size %d, cap %d, parallelism %d)",
            pageSize, cap, parallelism)
        .isEqualTo(survivors);
    return true;
  }
}
