package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mixes of append, replace and reorder read back as a plain model. */
class RowLayoutPropertyTest {
  private static int width(int code) {
    return code % 7;
  }

  @Test
  void randomOperationsReadBackAsTheModel() {
    for (int seed = 0; seed < 60; seed++) {
      Random r = new Random(seed);
      RowLayout layout = new RowLayout(1 + r.nextInt(10));
      List<int[]> model = new ArrayList<>();
      int valueCount = 0;
      int codes = r.nextBoolean() ? 10 : 300;
      int ops = 50 + r.nextInt(400);
      for (int op = 0; op < ops; op++) {
        int kind = r.nextInt(10);
        if (kind < 7 || model.isEmpty()) {
          if (model.size() == layout.capacity()) {
            layout.reserve(layout.capacity() + 1 + r.nextInt(20));
          }
          int code = r.nextInt(codes);
          layout.append(code, width(code), valueCount);
          model.add(new int[] {code, valueCount});
          valueCount += width(code);
        } else if (kind < 9) {
          int row = r.nextInt(model.size());
          int code = r.nextInt(codes);
          int oldWidth = width(model.get(row)[0]);
          int start = model.get(row)[1];
          if (width(code) > oldWidth) {
            start = valueCount;
            valueCount += width(code);
          }
          layout.replace(row, code, width(code), start);
          model.set(row, new int[] {code, start});
        } else {
          List<Integer> perm = new ArrayList<>();
          for (int i = 0; i < model.size(); i++) {
            perm.add(i);
          }
          Collections.shuffle(perm, r);
          int[] order = perm.stream().mapToInt(Integer::intValue).toArray();
          layout = layout.reorder(order);
          List<int[]> reordered = new ArrayList<>();
          for (int k : order) {
            reordered.add(model.get(k));
          }
          model = reordered;
        }
        for (int row = 0; row < model.size(); row++) {
          assertThat(new int[] {layout.code(row), layout.start(row)})
              .as("seed %d op %d row %d", seed, op, row)
              .containsExactly(model.get(row));
        }
      }
    }
  }
}
