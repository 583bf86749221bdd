package io.humaans.checks;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, insertion-ordered map over one array of alternating keys and values; small and
 * cheap to build, which matters with millions of results. Keys are unique.
 */
final class EvidenceMap extends AbstractMap<String, String> {
  static final EvidenceMap EMPTY = new EvidenceMap(new String[0]);

  private final String[] pairs;

  private EvidenceMap(String[] pairs) {
    this.pairs = pairs;
  }

  /** Wraps pairs produced by {@link #ofPairs} or {@link Builder#build}; no copy. */
  static EvidenceMap view(String[] pairs) {
    return pairs.length == 0 ? EMPTY : new EvidenceMap(pairs);
  }

  String[] pairs() {
    return pairs;
  }

  /** Builds from alternating keys and values, dropping pairs with a null key or value. */
  static EvidenceMap ofPairs(@Nullable String... keysAndValues) {
    int kept = 0;
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (keysAndValues[i] != null && keysAndValues[i + 1] != null) {
        kept++;
      }
    }
    if (kept == 0) {
      return EMPTY;
    }
    EvidenceMap.Builder b = new Builder(kept);
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      String k = keysAndValues[i];
      String v = keysAndValues[i + 1];
      if (k != null && v != null) {
        b.put(k, v);
      }
    }
    return b.build();
  }

  /** Collects pairs; a repeated key replaces the earlier value in place. */
  static final class Builder {
    private String[] pairs;
    private int size;

    Builder(int expected) {
      pairs = new String[Math.max(2, expected * 2)];
    }

    Builder(EvidenceMap from) {
      pairs = from.pairs.clone();
      size = pairs.length / 2;
      if (pairs.length == 0) {
        pairs = new String[2];
      }
    }

    Builder put(String key, String value) {
      for (int i = 0; i < size * 2; i += 2) {
        if (pairs[i].equals(key)) {
          pairs[i + 1] = value;
          return this;
        }
      }
      if (size * 2 == pairs.length) {
        pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[size * 2] = key;
      pairs[size * 2 + 1] = value;
      size++;
      return this;
    }

    EvidenceMap build() {
      if (size == 0) {
        return EMPTY;
      }
      return new EvidenceMap(
          size * 2 == pairs.length ? pairs.clone() : java.util.Arrays.copyOf(pairs, size * 2));
    }
  }

  @Override
  public int size() {
    return pairs.length / 2;
  }

  @Override
  public @Nullable String get(@Nullable Object key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return pairs.length / 2;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < pairs.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (i >= pairs.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> e = new SimpleImmutableEntry<>(pairs[i], pairs[i + 1]);
            i += 2;
            return e;
          }
        };
      }
    };
  }
}
