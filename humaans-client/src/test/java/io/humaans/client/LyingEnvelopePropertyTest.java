package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.humaans.client.errors.HumaansException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: over a list that does not change (and, in a second run, one that does), a server whose
 * envelopes lie in ways a pager can see (a total too large, smaller than the rows the page reaches,
 * absent or negative; pages shorter than asked for, or empty, while the total says rows follow; a
 * row repeated inside a page; a {@code limit} absent or contradicting the page) never makes a
 * listing, serial or parallel, end with rows missing, repeated or out of order: it yields every row
 * once in order or throws a {@code HumaansException}. In memory, no HTTP; fixed seeds, and a
 * failure names the seed.
 */
class LyingEnvelopePropertyTest {
  private static final int RUNS = 4000;

  @Test
  void everyRowOnceInOrderOrATypedErrorWhateverTheEnvelopesSay() {
    runAll(0x11E5L * 1000, false);
  }

  /**
   * The same lies while rows are inserted and deleted between requests, except a total larger than
   * the rows: that one ends a listing at the last row served by design, so a row deleted before the
   * offset just then cannot be told from the end.
   */
  @Test
  void everySurvivingRowOnceInOrderOrATypedErrorUnderLiesAndWrites() {
    runAll(0x11E5L * 2000, true);
  }

  private static void runAll(long firstSeed, boolean writes) {
    int completed = 0;
    for (int run = 0; run < RUNS; run++) {
      long seed = firstSeed + run;
      try {
        if (check(seed, writes)) {
          completed++;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "seed "
                + seed
                + " (re-run with check("
                + seed
                + "L, "
                + writes
                + ")): "
                + e.getMessage(),
            e);
      }
    }
    // A pager that failed on every lie would pass vacuously.
    assertThat(completed).isGreaterThan(RUNS / 2);
  }

  static boolean check(long seed, boolean writes) {
    Random random = new Random(seed);
    LyingServer server = new LyingServer(random, writes);
    int parallelism = random.nextBoolean() ? 1 : 2 + random.nextInt(3);
    List<String> out = new ArrayList<>();
    try {
      for (Iterator<String> it = new AutoPager<>(server, 0, parallelism).iterator();
          it.hasNext(); ) {
        out.add(it.next());
        if (out.size() > 10_000) {
          fail("runaway listing");
        }
      }
    } catch (HumaansException e) {
      assertThat(out).doesNotHaveDuplicates();
      if (!writes) {
        assertThat(out).isEqualTo(server.rows.subList(0, out.size()));
      }
      return false;
    }
    assertThat(out).doesNotHaveDuplicates();
    List<String> survivors = new ArrayList<>(server.original);
    survivors.removeAll(server.deleted);
    List<String> delivered = new ArrayList<>(out);
    delivered.retainAll(new HashSet<>(survivors));
    assertThat(delivered).as("parallelism %d, %s", parallelism, server).isEqualTo(survivors);
    return true;
  }

  /** Serves a fixed list; each answer may lie, but only in a way the pager can notice. */
  static final class LyingServer extends InMemoryRowsFetcher {
    final List<String> rows = new ArrayList<>();
    final List<String> original = new ArrayList<>();
    final Set<String> deleted = new HashSet<>();
    private final Random random;
    private final boolean writes;
    private int next;
    private final int asked;
    private final int cap;
    private final int totalMode; // 0 true, 1 too large, 2 too small, 3 absent, 4 negative
    private final double lieRate;
    private int requests;
    private boolean lied;

    LyingServer(Random random, boolean writes) {
      this.random = random;
      this.writes = writes;
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        rows.add("r" + i);
      }
      original.addAll(rows);
      next = n;
      this.asked = 2 + random.nextInt(9);
      this.cap = 2 + random.nextInt(12);
      int mode = random.nextInt(5);
      this.totalMode = writes && mode == 1 ? 0 : mode;
      this.lieRate = random.nextInt(3) * 0.2;
    }

    @Override
    public int limit() {
      return asked;
    }

    @Override
    public Page<String> fetch(int skip, int limit) {
      if (++requests > 5_000) {
        fail("runaway requests");
      }
      if (writes && random.nextDouble() < 0.1) {
        if (random.nextBoolean() && !rows.isEmpty()) {
          deleted.add(rows.remove(random.nextInt(rows.size())));
        } else {
          rows.add(random.nextInt(rows.size() + 1), "r" + next++);
        }
      }
      int applied = Math.min(limit, cap);
      List<String> data = new ArrayList<>();
      for (int i = skip; i < Math.min(rows.size(), skip + applied); i++) {
        data.add(rows.get(i));
      }
      int total =
          switch (totalMode) {
            case 1 -> rows.size() + 1 + random.nextInt(5);
            // Smaller than the rows this very page reaches: a total that ends exactly at a
            // page's end cannot be told from the truth without one more request per listing.
            case 2 -> Math.max(0, skip + data.size() - 1 - random.nextInt(3));
            case 3 -> -1;
            case 4 -> -1 - random.nextInt(5);
            default -> rows.size();
          };
      boolean totalSaysMore = totalMode <= 1 && skip + data.size() < total;
      // Never two lies in a row: a short page and then an empty one past it look like a total
      // larger than the rows, which ends a listing at the last row served, by design.
      boolean lie = !lied && random.nextDouble() < lieRate && !data.isEmpty();
      lied = lie;
      if (lie) {
        switch (random.nextInt(3)) {
          case 0 -> {
            // Shorter than asked while rows follow: only a total can tell, so only then.
            if (totalSaysMore || (totalMode <= 1 && data.size() > 1)) {
              data = new ArrayList<>(data.subList(0, 1 + random.nextInt(data.size())));
            }
          }
          case 1 -> {
            if (totalSaysMore || skip < rows.size()) {
              if (totalMode <= 1) {
                data = new ArrayList<>();
              }
            }
          }
          default -> {
            // A row repeated in place of the page's last row: seen only through the next page
            // (full) or the total, so never on a short page without a usable total.
            if (data.size() == applied || totalMode <= 1) {
              int i = random.nextInt(data.size());
              data.add(i, data.get(i));
              data.remove(data.size() - 1);
            }
          }
        }
      }
      // The envelope's limit: true, absent, smaller than the page (not taken), or, where a total
      // tells the end, larger than applied (a page shorter than it is not the end then).
      int limitEcho =
          switch (random.nextInt(6)) {
            case 0 -> -1;
            case 1 -> 1 + random.nextInt(Math.max(1, data.size()));
            case 2 -> totalMode <= 1 ? applied + 1 + random.nextInt(500) : applied;
            default -> applied;
          };
      return new Page<>(data, total, limitEcho, skip, skip, this);
    }

    @Override
    public String toString() {
      return "LyingServer{rows="
          + rows.size()
          + ", asked="
          + asked
          + ", cap="
          + cap
          + ", totalMode="
          + totalMode
          + ", lieRate="
          + lieRate
          + ", requests="
          + requests
          + "}";
    }
  }
}
