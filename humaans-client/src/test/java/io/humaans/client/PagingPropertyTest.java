package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.humaans.client.errors.HumaansException;
import io.humaans.client.errors.HumaansIoException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: over random page sizes, server {@code $limit} caps, insertions and deletions between
 * requests and injected faults, a listing (serial or parallel) yields every row that existed
 * throughout exactly once and in order, no row twice, or throws a {@code HumaansException}; never
 * fewer rows silently. Runs against an in-memory server (no HTTP, no sleeps); fixed seeds, and a
 * failure names the seed that reproduces it.
 */
class PagingPropertyTest {
  private static final int RUNS = 3000;

  @Test
  void everySurvivingRowExactlyOnceInOrderOrATypedError() {
    int completed = 0;
    int failedLoudly = 0;
    for (int run = 0; run < RUNS; run++) {
      long seed = 0x5EED0000L + run;
      try {
        if (check(seed)) {
          completed++;
        } else {
          failedLoudly++;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "seed " + seed + " (re-run with check(" + seed + "L)): " + e.getMessage(), e);
      }
    }
    // Most runs must complete: a pager that gives up on every shift would pass vacuously.
    assertThat(completed).isGreaterThan(RUNS * 7 / 10);
    assertThat(failedLoudly).isPositive();
  }

  /**
   * Runs one random listing; returns true when it completed, false when it threw a
   * HumaansException.
   */
  static boolean check(long seed) {
    Random random = new Random(seed);
    Server server = new Server(random);
    int parallelism = random.nextBoolean() ? 1 : 2 + random.nextInt(3);
    AutoPager<String> pager = new AutoPager<>(server, 0, parallelism);
    List<String> out = new ArrayList<>();
    try {
      for (Iterator<String> it = pager.iterator(); it.hasNext(); ) {
        out.add(it.next());
        if (out.size() > 100_000) {
          fail("runaway listing");
        }
      }
    } catch (HumaansException e) {
      assertNoDuplicates(out);
      return false;
    }
    assertNoDuplicates(out);
    List<String> survivors = new ArrayList<>(server.original);
    survivors.removeAll(server.deleted);
    List<String> delivered = new ArrayList<>(out);
    delivered.retainAll(new HashSet<>(survivors));
    assertThat(delivered)
        .as("surviving rows in order (parallelism %d, %s)", parallelism, server)
        .isEqualTo(survivors);
    return true;
  }

  private static void assertNoDuplicates(List<String> out) {
    assertThat(new LinkedHashSet<>(out)).as("no row twice").hasSize(out.size());
  }

  /** An in-memory list endpoint that changes and misbehaves between requests. */
  static final class Server extends InMemoryRowsFetcher {
    final List<String> rows = new ArrayList<>();
    final List<String> original;
    final Set<String> deleted = new HashSet<>();
    private final Random random;
    private final int asked;
    private final int cap;
    private final boolean sendTotal;
    private final boolean reportLimit;
    private final double changeRate;
    private final double faultRate;
    private int next;
    private int requests;

    Server(Random random) {
      this.random = random;
      int size = random.nextInt(8) == 0 ? random.nextInt(3) : random.nextInt(120);
      for (int i = 0; i < size; i++) {
        rows.add("r" + next++);
      }
      original = List.copyOf(rows);
      asked = 1 + random.nextInt(random.nextBoolean() ? 8 : 30);
      cap = random.nextInt(3) == 0 ? Math.max(1, asked - random.nextInt(asked)) : 1000;
      sendTotal = random.nextInt(5) != 0;
      reportLimit = random.nextInt(4) != 0;
      changeRate = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.8;
      faultRate = random.nextInt(3) == 0 ? random.nextDouble() * 0.15 : 0;
    }

    @Override
    public int limit() {
      return asked;
    }

    @Override
    public Page<String> fetch(int skip, int limit) {
      requests++;
      if (requests > 10_000) {
        fail("runaway requests");
      }
      change();
      if (random.nextDouble() < faultRate) {
        switch (random.nextInt(3)) {
          case 0 ->
              throw new HumaansIoException(
                  "GET", describe(skip, limit), new IOException("connection reset"));
          case 1 -> {
            // Ignores $skip but says so in the envelope, as a real server echoes what it applied.
            return page(0, limit, skip);
          }
          default -> {
            // A page served from a list that changed while it was read: a new row right here.
            rows.add(Math.min(rows.size(), skip), "r" + next++);
          }
        }
      }
      return page(skip, limit, skip);
    }

    private Page<String> page(int from, int limit, int requested) {
      int applied = Math.min(limit, cap);
      List<String> data = new ArrayList<>();
      for (int i = from; i < Math.min(rows.size(), from + applied); i++) {
        data.add(rows.get(i));
      }
      return new Page<>(
          data, sendTotal ? rows.size() : -1, reportLimit ? applied : -1, from, requested, this);
    }

    /** Inserts and deletes a few rows anywhere, now and then many. */
    private void change() {
      if (random.nextDouble() >= changeRate) {
        return;
      }
      int n = random.nextInt(10) == 0 ? random.nextInt(40) : 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        if (random.nextBoolean() && !rows.isEmpty()) {
          deleted.add(rows.remove(random.nextInt(rows.size())));
        } else {
          rows.add(random.nextInt(rows.size() + 1), "r" + next++);
        }
      }
    }

    @Override
    public String toString() {
      return "Server{asked="
          + asked
          + ", cap="
          + cap
          + ", total="
          + sendTotal
          + ", limit="
          + reportLimit
          + ", changeRate="
          + changeRate
          + ", faultRate="
          + faultRate
          + ", requests="
          + requests
          + "}";
    }
  }
}
