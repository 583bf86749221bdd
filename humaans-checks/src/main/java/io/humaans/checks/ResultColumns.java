package io.humaans.checks;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the {@link ResultSink} of one check and, once frozen, its list of results, kept as
 * parallel arrays (verdict, subject id, one column per evidence value) instead of one object
 * per result; {@link #get(int)} builds a {@link CheckResult} on each call. A few large arrays are much cheaper for the garbage
 * collector than millions of small objects that live until the report is dropped. Not
 * thread-safe while being filled.
 */
final class ResultColumns extends AbstractList<CheckResult>
    implements ResultSink, RandomAccess {
  @SuppressWarnings("unchecked") // no generic array creation in Java; the array starts empty
  private static final RefColumn<@Nullable Object>[] NO_COLUMNS = (RefColumn<@Nullable Object>[]) new RefColumn<?>[0];

  // Each result's verdict as an index into the distinct verdicts of the list (usually a few),
  // so that filling millions of rows stores no references but subjects and values.
  // Chunked, so that a million results make no humongous arrays (see ChunkedColumn).
  private final IntColumn codes;
  private Verdict[] table = new Verdict[8];
  private int tableSize;
  // Codes of the verdicts once there are more than a few (results built one by one).
  private @Nullable IdentityHashMap<Verdict, Integer> index;
  private @Nullable Verdict last;
  private int lastCode;
  private final RefColumn<String> subjects;
  // Column k holds evidence value k of each result whose verdict has keys; for a verdict
  // without keys, column 0 holds the result's alternating key-value pairs (a String[]).
  private RefColumn<@Nullable Object>[] columns = NO_COLUMNS;
  private int size;
  private boolean frozen;
  // Labels the results when read (set by the context that finishes the list).
  private SubjectLabels labels = SubjectLabels.NONE;
  // Whether the subject ids are strictly increasing, tracked while adding (the subject just
  // added is still in cache then, unlike in a separate pass over the list).
  private boolean increasing = true;

  ResultColumns(int capacity) {
    int c = Math.max(capacity, 4);
    codes = new IntColumn(c);
    subjects = new RefColumn<>(c);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CheckResult get(int index) {
    Objects.checkIndex(index, size);
    Verdict v = table[codes.get(index)];
    String[] keys = v.keys;
    Object values;
    if (keys == null || keys.length == 1) {
      values = value(0, index);
    } else if (keys.length == 0) {
      values = null;
    } else {
      Object[] vs = new Object[keys.length];
      for (int k = 0; k < vs.length; k++) {
        vs[k] = value(k, index);
      }
      values = vs;
    }
    return new CheckResult(v, subjects.get(index), values, labels);
  }

  /** The subject id of one result without building it. */
  String subjectId(int index) {
    Objects.checkIndex(index, size);
    return subjects.get(index);
  }

  /** The status of one result without building it. */
  Status status(int index) {
    Objects.checkIndex(index, size);
    return table[codes.get(index)].status;
  }

  private @Nullable Object value(int column, int index) {
    return column < columns.length && columns[column] != null ? columns[column].get(index) : null;
  }

  boolean isFrozen() {
    return frozen;
  }

  /** Sets how the results are labelled when read. */
  void labels(SubjectLabels labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  /** Makes the list unmodifiable and returns it. */
  ResultColumns freeze() {
    frozen = true;
    return this;
  }

  @Override
  public void add(Verdict verdict, String subjectId) {
    row(keys(verdict, 0), subjectId);
  }

  @Override
  public void add(Verdict verdict, String subjectId, @Nullable Object value) {
    int i = row(keys(verdict, 1), subjectId);
    put(0, i, value);
  }

  @Override
  public void add(
      Verdict verdict, String subjectId, @Nullable Object first, @Nullable Object second) {
    int i = row(keys(verdict, 2), subjectId);
    put(0, i, first);
    put(1, i, second);
  }

  @Override
  public void add(
      Verdict verdict,
      String subjectId,
      @Nullable Object first,
      @Nullable Object second,
      @Nullable Object third,
      @Nullable Object... more) {
    int i = row(keys(verdict, 3 + more.length), subjectId);
    put(0, i, first);
    put(1, i, second);
    put(2, i, third);
    for (int k = 0; k < more.length; k++) {
      put(3 + k, i, more[k]);
    }
  }

  @Override
  public void addAll(Verdict verdict, String subjectId, @Nullable Object[] values) {
    int i = row(keys(verdict, values.length), subjectId);
    for (int k = 0; k < values.length; k++) {
      put(k, i, values[k]);
    }
  }

  /** Returns the verdict after checking that it has {@code count} evidence keys. */
  private static Verdict keys(Verdict verdict, int count) {
    String[] keys = verdict.keys;
    if (keys == null || keys.length != count) {
      throw new IllegalArgumentException(
          "the verdict " + verdict + " has " + (keys == null ? 0 : keys.length)
              + " evidence keys, given " + count + " values");
    }
    return verdict;
  }

  private int row(Verdict v, String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId == null");
    checkOpen();
    if (size == codes.capacity()) {
      grow();
    }
    int i = size++;
    if (increasing && i > 0 && subjects.get(i - 1).compareTo(subjectId) >= 0) {
      increasing = false;
    }
    codes.set(i, code(v));
    subjects.set(i, subjectId);
    modCount++;
    return i;
  }

  @Override
  public boolean add(CheckResult r) {
    int i = row(r.verdict(), r.subjectId());
    store(i, r);
    return true;
  }

  /**
   * Whether the subject ids are strictly increasing; may be false for increasing ids after
   * {@link #set} changed a subject.
   */
  boolean increasing() {
    return increasing;
  }

  @Override
  public CheckResult set(int index, CheckResult r) {
    checkOpen();
    CheckResult old = get(index);
    if (!r.subjectId().equals(subjects.get(index))) {
      increasing = false;
    }
    store(index, r);
    return old;
  }

  private void store(int index, CheckResult r) {
    Verdict v = r.verdict();
    Object values = r.values();
    codes.set(index, code(v));
    subjects.set(index, r.subjectId());
    String[] keys = v.keys;
    if (keys == null || keys.length == 1) {
      put(0, index, values);
    } else if (keys.length > 1) {
      Object[] vs = (Object[]) values;
      for (int k = 0; k < keys.length; k++) {
        put(k, index, vs == null ? null : vs[k]);
      }
    }
    // Other columns of this row may hold values of a result replaced by set: clear them.
    int from = keys == null ? 1 : keys.length;
    for (int k = from; k < columns.length; k++) {
      if (columns[k] != null) {
        columns[k].clear(index);
      }
    }
  }

  private void checkOpen() {
    if (frozen) {
      throw new UnsupportedOperationException("the results are unmodifiable");
    }
  }

  private void put(int column, int index, @Nullable Object value) {
    if (value == null && (column >= columns.length || columns[column] == null)) {
      return;
    }
    if (column >= columns.length) {
      columns = Arrays.copyOf(columns, column + 1);
    }
    if (columns[column] == null) {
      columns[column] = new RefColumn<>(codes.capacity());
    }
    if (value == null) {
      columns[column].clear(index);
    } else {
      columns[column].set(index, value);
    }
  }

  private int code(Verdict v) {
    if (v == last) {
      return lastCode;
    }
    int code = -1;
    if (index != null) {
      Integer c = index.get(v);
      code = c == null ? -1 : c;
    } else {
      for (int i = 0; i < tableSize; i++) {
        if (table[i] == v) {
          code = i;
          break;
        }
      }
    }
    if (code < 0) {
      if (tableSize == table.length) {
        table = Arrays.copyOf(table, tableSize * 2);
      }
      code = tableSize;
      table[tableSize++] = v;
      if (index != null) {
        index.put(v, code);
      } else if (tableSize > 16) {
        index = new IdentityHashMap<>();
        for (int i = 0; i < tableSize; i++) {
          index.put(table[i], i);
        }
      }
    }
    last = v;
    lastCode = code;
    return code;
  }

  /** The verdict of one result without building it. */
  Verdict verdict(int index) {
    Objects.checkIndex(index, size);
    return table[codes.get(index)];
  }

  private void grow() {
    // Growing adds chunks: nothing is copied.
    int c = codes.capacity() + (codes.capacity() >> 1) + 1;
    codes.reserve(c);
    subjects.reserve(c);
    for (int k = 0; k < columns.length; k++) {
      if (columns[k] != null) {
        columns[k].reserve(c);
      }
    }
  }
}
