package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact layout of result rows: every row's code and start read back as appended, through
 * checkpoints, replacements, reordering and more than 256 distinct codes.
 */
class RowLayoutTest {
  /** A model of the layout: one code and one start per row. */
  private final List<int[]> model = new ArrayList<>();

  private int nextStart;

  private void append(RowLayout layout, int code, int width) {
    if (model.size() == layout.capacity()) {
      layout.reserve(layout.capacity() * 2);
    }
    layout.append(code, width, nextStart);
    model.add(new int[] {code, nextStart});
    nextStart += width;
  }

  private void assertMatchesModel(RowLayout layout) {
    for (int row = 0; row < model.size(); row++) {
      assertThat(layout.code(row)).as("code of row %d", row).isEqualTo(model.get(row)[0]);
      assertThat(layout.start(row)).as("start of row %d", row).isEqualTo(model.get(row)[1]);
    }
  }

  /** A fixed width per code, as for verdicts: code c has c % 7 values. */
  private static int width(int code) {
    return code % 7;
  }

  @Test
  void contiguousRowsOfMixedWidthsReadBackAcrossCheckpoints() {
    RowLayout layout = new RowLayout(4);
    Random random = new Random(7);
    for (int i = 0; i < 1_000; i++) {
      int code = random.nextInt(12);
      append(layout, code, width(code));
    }

    assertMatchesModel(layout);
  }

  @Test
  void aRowGivenNewSlotsOrFewerValuesKeepsEveryOtherRowsStart() {
    RowLayout layout = new RowLayout(4);
    for (int i = 0; i < 100; i++) {
      append(layout, i % 5, width(i % 5));
    }
    // A waived row gets a wider verdict and slots after the last row's.
    layout.replace(42, 6, width(6), nextStart);
    model.set(42, new int[] {6, nextStart});
    nextStart += width(6);
    // A narrower verdict keeps its start; the rows after it still start where they did.
    layout.replace(17, 1, width(1), model.get(17)[1]);
    model.get(17)[0] = 1;
    append(layout, 3, width(3));

    assertMatchesModel(layout);
  }

  @Test
  void anAppendedRowAfterSlotsTakenElsewhereStoresItsOwnStart() {
    RowLayout layout = new RowLayout(4);
    for (int i = 0; i < 20; i++) {
      append(layout, 4, width(4));
    }
    nextStart += 9; // slots claimed by a replaced row
    append(layout, 2, width(2));
    append(layout, 5, width(5));

    assertMatchesModel(layout);
  }

  @Test
  void reorderedRowsKeepTheirCodesAndStarts() {
    RowLayout layout = new RowLayout(4);
    for (int i = 0; i < 50; i++) {
      append(layout, i % 9, width(i % 9));
    }
    int[] order = new int[50];
    for (int k = 0; k < 50; k++) {
      order[k] = 49 - k;
    }

    RowLayout reordered = layout.reorder(order);

    for (int k = 0; k < 50; k++) {
      assertThat(reordered.code(k)).isEqualTo(model.get(49 - k)[0]);
      assertThat(reordered.start(k)).isEqualTo(model.get(49 - k)[1]);
    }
  }

  @Test
  void codesAbove255AreKeptWhole() {
    RowLayout layout = new RowLayout(4);
    for (int code = 0; code < 600; code++) {
      append(layout, code, width(code));
    }
    append(layout, 3, width(3));

    assertThat(layout.code(255)).isEqualTo(255);
    assertThat(layout.code(256)).isEqualTo(256);
    assertThat(layout.code(599)).isEqualTo(599);
    assertMatchesModel(layout);
  }
}
