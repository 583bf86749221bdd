package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  private static final int CHUNK = ChunkedColumn.CHUNK;

  @Test
  void refColumnKeepsValuesAcrossChunkBoundariesAndGrowth() {
    RefColumn<String> column = new RefColumn<>(CHUNK + 1);
    assertThat(column.capacity()).isEqualTo(2 * CHUNK);
    column.set(0, "first");
    column.set(CHUNK - 1, "end of chunk 0");
    column.set(CHUNK, "start of chunk 1");
    column.reserve(5 * CHUNK);

    column.set(5 * CHUNK - 1, "last");
    assertThat(column.capacity()).isEqualTo(5 * CHUNK);
    assertThat(column.get(0)).isEqualTo("first");
    assertThat(column.get(CHUNK - 1)).isEqualTo("end of chunk 0");
    assertThat(column.get(CHUNK)).isEqualTo("start of chunk 1");
    assertThat(column.get(CHUNK + 1)).isNull();
    assertThat(column.get(5 * CHUNK - 1)).isEqualTo("last");
  }

  @Test
  void smallColumnsAreSizedToFitAndGrowIntoChunksKeepingValues() {
    RefColumn<String> column = new RefColumn<>(3);
    column.set(2, "c");
    assertThat(column.capacity()).isEqualTo(3);

    column.reserve(5);
    column.set(4, "e");
    assertThat(column.capacity()).isEqualTo(5);
    column.reserve(CHUNK + 1);

    assertThat(column.capacity()).isEqualTo(2 * CHUNK);
    assertThat(column.get(2)).isEqualTo("c");
    assertThat(column.get(4)).isEqualTo("e");
    assertThat(column.get(CHUNK - 1)).isNull();
    IntColumn ints = new IntColumn(0);
    assertThat(ints.capacity()).isEqualTo(1);
    ints.reserve(40);
    ints.fill(7);
    assertThat(ints.get(39)).isEqualTo(7);
  }

  @Test
  void refColumnReadsBeyondItsCapacityFail() {
    RefColumn<String> column = new RefColumn<>(10);
    assertThatThrownBy(() -> column.get(column.capacity()))
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
  }

  @Test
  void listViewIsBoundedAndUnmodifiable() {
    RefColumn<String> column = new RefColumn<>(3);
    column.set(0, "a");
    column.set(1, "b");
    column.set(2, "c");

    List<String> list = column.asList(2);

    assertThat(list).containsExactly("a", "b");
    assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> column.asList(column.capacity() + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intColumnAddsFillsAndGrows() {
    IntColumn column = new IntColumn(2 * CHUNK);
    column.fill(-1);
    column.set(CHUNK, 5);
    assertThat(column.add(CHUNK, 3)).isEqualTo(8);
    column.reserve(3 * CHUNK);

    assertThat(column.get(0)).isEqualTo(-1);
    assertThat(column.get(CHUNK)).isEqualTo(8);
    assertThat(column.get(3 * CHUNK - 1)).as("a chunk added later starts at zero").isZero();
    assertThat(column.capacity()).isEqualTo(3 * CHUNK);
  }
}
