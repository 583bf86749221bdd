package io.humaans.checks;

import java.util.Arrays;
import java.util.IdentityHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Engine: numbers the distinct verdicts of one result list (usually a few), so that each row stores
 * an {@code int} code instead of a reference. Not thread-safe.
 */
final class VerdictCodes {
  private Verdict[] table = new Verdict[8];
  private int size;
  // The codes once there are more than a few verdicts (results built one by one).
  private @Nullable IdentityHashMap<Verdict, Integer> index;
  // The verdict coded last: rows of one verdict often follow one another.
  private @Nullable Verdict last;
  private int lastCode;

  /** The verdict of a code. */
  Verdict get(int code) {
    return table[code];
  }

  /** The code of a verdict, numbering it when new. */
  int code(Verdict v) {
    if (v == last) {
      return lastCode;
    }
    int code = -1;
    if (index != null) {
      Integer c = index.get(v);
      code = c == null ? -1 : c;
    } else {
      for (int i = 0; i < size; i++) {
        if (table[i] == v) {
          code = i;
          break;
        }
      }
    }
    if (code < 0) {
      if (size == table.length) {
        table = Arrays.copyOf(table, size * 2);
      }
      code = size;
      table[size++] = v;
      if (index != null) {
        index.put(v, code);
      } else if (size > 16) {
        index = new IdentityHashMap<>();
        for (int i = 0; i < size; i++) {
          index.put(table[i], i);
        }
      }
    }
    last = v;
    lastCode = code;
    return code;
  }
}
