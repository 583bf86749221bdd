package io.humaans.checks;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Engine: subject ids for records whose ids may repeat. The id itself when unique; else the first
 * record of its group (by a content order, so that input order never matters) keeps it and the
 * others get {@link Definitions#duplicateSubjectIds} suffixes.
 */
final class SubjectIds {
  private SubjectIds() {}

  /** Subject ids parallel to {@code items}. */
  static <T> RefColumn<String> of(List<T> items, Function<T, String> id, Comparator<T> dupOrder) {
    StringSlots slots = new StringSlots(items.size());
    int[] slotOf = new int[items.size()];
    int[] counts = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      int slot = slots.addOrGet(id.apply(items.get(i)));
      slotOf[i] = slot < 0 ? -slot - 1 : slot;
      counts[slotOf[i]]++;
    }
    return of(items, id, slots, slotOf, counts, dupOrder);
  }

  /**
   * Subject ids parallel to {@code items}, given the ids already numbered in {@code slots} ({@code
   * slotOf[i]} is item i's slot, {@code counts[slot]} the records sharing it).
   */
  static <T> RefColumn<String> of(
      List<T> items,
      Function<T, String> id,
      StringSlots slots,
      int[] slotOf,
      int[] counts,
      Comparator<T> dupOrder) {
    RefColumn<String> out = new RefColumn<>(items.size());
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (counts[slotOf[i]] == 1) {
        out.set(i, key);
      } else {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    if (groups.isEmpty()) {
      return out;
    }
    // Groups go in id order, so that which group takes a contested suffix is fixed.
    Set<String> given = new HashSet<>();
    List<String> keys = new ArrayList<>(groups.keySet());
    Collections.sort(keys);
    for (String key : keys) {
      List<Integer> members = requireNonNull(groups.get(key), key);
      members.sort((x, y) -> dupOrder.compare(items.get(x), items.get(y)));
      out.set(members.get(0), key);
      String[] suffixed =
          Definitions.duplicateSubjectIds(
              key, members.size(), c -> slots.get(c) >= 0 || !given.add(c));
      for (int m = 1; m < members.size(); m++) {
        out.set(members.get(m), suffixed[m - 1]);
      }
    }
    return out;
  }
}
