package io.humaans.checks;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** An unmodifiable list made of several result lists one after another; thread-safe to read. */
final class ConcatenatedResults extends AbstractList<CheckResult> implements RandomAccess {
  private final List<CheckResult>[] parts;
  // starts[k] is the index of part k's first element; starts[parts.length] is the size.
  private final int[] starts;

  @SuppressWarnings("unchecked")
  ConcatenatedResults(List<List<CheckResult>> parts) {
    this.parts = (List<CheckResult>[]) parts.toArray(new List<?>[0]);
    this.starts = new int[this.parts.length + 1];
    for (int k = 0; k < this.parts.length; k++) {
      starts[k + 1] = starts[k] + this.parts[k].size();
    }
  }

  @Override
  public int size() {
    return starts[parts.length];
  }

  @Override
  public CheckResult get(int index) {
    Objects.checkIndex(index, size());
    int k = Arrays.binarySearch(starts, index);
    if (k >= 0) {
      // The first element of the last part starting at index (earlier ones may be empty).
      while (starts[k + 1] == index) {
        k++;
      }
    } else {
      k = -k - 2;
    }
    return parts[k].get(index - starts[k]);
  }
}
