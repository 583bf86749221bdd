package io.humaans.checks;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the {@link ResultSink} of one check and, once frozen, its list of results, kept as
 * parallel arrays (verdict, subject id, where the row's evidence values start) plus one packed
 * column of evidence values, instead of one object per result; {@link #get(int)} builds a {@link
 * CheckResult} on each call. A few large arrays are much cheaper for the garbage collector than
 * millions of small objects that live until the report is dropped. Not thread-safe while being
 * filled.
 */
final class ResultColumns extends AbstractList<CheckResult> implements ResultSink, RandomAccess {
  // Each result's verdict as a code for one of the distinct verdicts of the list (usually a few),
  // so that filling millions of rows stores no references but subjects and values, and where the
  // row's evidence values start (see RowLayout).
  private RowLayout layout;
  private final VerdictCodes verdicts = new VerdictCodes();
  // Chunked, so that a million results make no humongous arrays (see ChunkedColumn).
  private RefColumn<String> subjects;
  // The evidence values of all rows, packed in row order: a row whose verdict has k keys owns
  // k slots from its start on (one slot, the alternating key-value pairs as a String[], for a
  // verdict without keys). A column per key position sized for every row cost 4 bytes per row
  // and position even where the row's verdict had fewer keys (a check's OK verdict has one key,
  // its FAIL verdicts up to six); packed, a row costs the values it has, and a row's values
  // share cache lines.
  private final RefColumn<@Nullable Object> values;
  private int valueCount;
  private int size;
  private boolean frozen;
  // Labels the results when read (set by the context that finishes the list).
  private SubjectLabels labels = SubjectLabels.NONE;
  // Whether the subject ids are strictly increasing, tracked while adding (the subject just
  // added is still in cache then, unlike in a separate pass over the list).
  private boolean increasing = true;

  ResultColumns(int capacity) {
    int c = Math.max(capacity, 4);
    layout = new RowLayout(c);
    subjects = new RefColumn<>(c);
    values = new RefColumn<>(c);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CheckResult get(int index) {
    Objects.checkIndex(index, size);
    Verdict v = verdicts.get(layout.code(index));
    String[] keys = v.keys;
    int start = start(index);
    Object vs;
    if (keys == null || keys.length == 1) {
      vs = values.get(start);
    } else if (keys.length == 0) {
      vs = null;
    } else {
      Object[] array = new Object[keys.length];
      for (int k = 0; k < array.length; k++) {
        array[k] = values.get(start + k);
      }
      vs = array;
    }
    return new CheckResult(v, subjects.get(index), vs, labels);
  }

  /** The subject id of one result without building it. */
  String subjectId(int index) {
    Objects.checkIndex(index, size);
    return subjects.get(index);
  }

  /** The status of one result without building it. */
  Status status(int index) {
    Objects.checkIndex(index, size);
    return verdicts.get(layout.code(index)).status;
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
    row(verdict.withKeys(0), subjectId);
  }

  @Override
  public void add(Verdict verdict, String subjectId, @Nullable Object value) {
    StoredEvidence.checkValue(value);
    int s = row(verdict.withKeys(1), subjectId);
    put(s, value);
  }

  @Override
  public void add(
      Verdict verdict, String subjectId, @Nullable Object first, @Nullable Object second) {
    StoredEvidence.checkValue(first);
    StoredEvidence.checkValue(second);
    int s = row(verdict.withKeys(2), subjectId);
    put(s, first);
    put(s + 1, second);
  }

  @Override
  public void add(
      Verdict verdict,
      String subjectId,
      @Nullable Object first,
      @Nullable Object second,
      @Nullable Object third,
      @Nullable Object... more) {
    StoredEvidence.checkValue(first);
    StoredEvidence.checkValue(second);
    StoredEvidence.checkValue(third);
    StoredEvidence.checkValues(more);
    int s = row(verdict.withKeys(3 + more.length), subjectId);
    put(s, first);
    put(s + 1, second);
    put(s + 2, third);
    for (int k = 0; k < more.length; k++) {
      put(s + 3 + k, more[k]);
    }
  }

  @Override
  public void addAll(Verdict verdict, String subjectId, @Nullable Object[] vs) {
    StoredEvidence.checkValues(vs);
    int s = row(verdict.withKeys(vs.length), subjectId);
    for (int k = 0; k < vs.length; k++) {
      put(s + k, vs[k]);
    }
  }

  /** Adds a row and returns where its evidence values go (see {@link #values}). */
  private int row(Verdict v, String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId == null");
    checkOpen();
    if (size == layout.capacity()) {
      grow();
    }
    int i = size++;
    if (increasing && i > 0 && subjects.get(i - 1).compareTo(subjectId) >= 0) {
      increasing = false;
    }
    subjects.set(i, subjectId);
    int width = width(v);
    int start = claim(width);
    layout.append(verdicts.code(v), width, start);
    modCount++;
    return start;
  }

  private int start(int index) {
    return layout.start(index);
  }

  /** The number of value slots a row of {@code v} owns. */
  private static int width(Verdict v) {
    return v.keys == null ? 1 : v.keys.length;
  }

  /** Reserves {@code width} value slots after the last and returns the first. */
  private int claim(int width) {
    int start = valueCount;
    int end = start + width;
    if (end > values.capacity()) {
      values.reserve(nextCapacity(values.capacity(), end));
    }
    valueCount = end;
    return start;
  }

  @Override
  public boolean add(CheckResult r) {
    int i = size;
    row(r.verdict(), r.subjectId());
    store(i, r);
    return true;
  }

  /**
   * Whether the subject ids are strictly increasing; may be false for increasing ids after {@link
   * #set} changed a subject.
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
    Object vs = r.values();
    Verdict old = verdicts.get(layout.code(index));
    int start = start(index);
    if (width(v) > width(old)) {
      // The row's slots are too few (a waived result carries more evidence): take new ones;
      // the old slots are left unused.
      start = claim(width(v));
    } else {
      // Clear slots the new verdict leaves unused, so they keep no value alive.
      for (int k = width(v); k < width(old); k++) {
        put(start + k, null);
      }
    }
    layout.replace(index, verdicts.code(v), width(v), start);
    subjects.set(index, r.subjectId());
    String[] keys = v.keys;
    if (keys == null || keys.length == 1) {
      put(start, vs);
    } else if (keys.length > 1) {
      Object[] array = (Object[]) vs;
      for (int k = 0; k < keys.length; k++) {
        put(start + k, array == null ? null : array[k]);
      }
    }
  }

  /** Stores one evidence slot; null clears it (so it keeps no value alive). */
  private void put(int slot, @Nullable Object value) {
    if (value == null) {
      values.clear(slot);
    } else {
      values.set(slot, value);
    }
  }

  private void checkOpen() {
    if (frozen) {
      throw new UnsupportedOperationException("the results are unmodifiable");
    }
  }

  /**
   * Orders the rows by subject id without building results, when no two rows share a subject id
   * (then the order is the one {@link Waivers#RESULT_ORDER} gives); returns false, changing
   * nothing, when some do. Nearly ordered rows (a few out of place) cost about one pass.
   */
  boolean sortBySubjectId() {
    checkOpen();
    int[] order = IndexSort.byKey(subjects, size);
    for (int k = 1; k < size; k++) {
      if (subjects.get(order[k - 1]).equals(subjects.get(order[k]))) {
        return false;
      }
    }
    RefColumn<String> newSubjects = new RefColumn<>(layout.capacity());
    for (int k = 0; k < size; k++) {
      newSubjects.set(k, subjects.get(order[k]));
    }
    layout = layout.reorder(order);
    subjects = newSubjects;
    increasing = true;
    modCount++;
    return true;
  }

  /** The rendered value of one evidence key of one result, without building it; null if absent. */
  @Nullable String evidenceValue(int index, String key) {
    String[] keys = verdict(index).keys;
    if (keys != null) {
      for (int k = 0; k < keys.length; k++) {
        if (keys[k].equals(key)) {
          Object value = values.get(start(index) + k);
          return value == null ? null : value.toString();
        }
      }
      return null;
    }
    return get(index).evidenceValue(key); // a result without a verdict's keys
  }

  /** The verdict of one result without building it. */
  Verdict verdict(int index) {
    Objects.checkIndex(index, size);
    return verdicts.get(layout.code(index));
  }

  private void grow() {
    int c = nextCapacity(layout.capacity(), size + 1);
    layout.reserve(c);
    subjects.reserve(c);
  }

  /**
   * The capacity to reserve for {@code needed} entries: half as much again while the first chunk
   * grows by copying; past it, chunks are added without copying, so one more is enough (a 1M run
   * kept up to a third of its result columns as empty chunks).
   */
  private static int nextCapacity(int capacity, int needed) {
    return needed > ChunkedColumn.CHUNK ? needed : Math.max(needed, capacity + (capacity >> 1) + 1);
  }
}
