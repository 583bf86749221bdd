package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {
  private static RefColumn<String> column(String... keys) {
    RefColumn<String> column = new RefColumn<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      column.set(i, keys[i]);
    }
    return column;
  }

  /** The expected order: a stable sort of the positions by key. */
  private static int[] expected(String[] keys) {
    return IntStream.range(0, keys.length)
        .boxed()
        .sorted(Comparator.comparing((Integer i) -> keys[i]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  @Test
  void ordersPositionsByKeyWithTiesInPositionOrder() {
    String[] keys = {"p10", "p2", "p1", "p2", "a", "p10"};
    assertThat(IndexSort.byKey(column(keys), keys.length)).containsExactly(4, 2, 0, 5, 1, 3);
  }

  @Test
  void sortedInputKeepsItsOrder() {
    String[] keys = {"a", "b", "b", "c"};
    assertThat(IndexSort.byKey(column(keys), keys.length)).containsExactly(0, 1, 2, 3);
    assertThat(IndexSort.byKey(column(), 0)).isEmpty();
  }

  @Test
  void largeInputsSortedOnTwoThreadsMatchAStableSort() {
    // Above the size where the halves are sorted on two threads, with many duplicate keys.
    Random random = new Random(7);
    String[] keys = new String[100_003];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = "id" + random.nextInt(40_000);
    }
    int[] order = IndexSort.byKey(column(keys), keys.length);
    assertThat(order).isEqualTo(expected(keys));
    assertThat(Arrays.stream(order).distinct().count()).isEqualTo(keys.length);
  }

  @Test
  void reverseOrderedInputIsSorted() {
    String[] keys = new String[70_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = String.format("k%06d", keys.length - i);
    }
    assertThat(IndexSort.byKey(column(keys), keys.length)).isEqualTo(expected(keys));
  }
}
