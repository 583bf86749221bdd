package io.humaans.checks;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Engine: the cycles of the "current manager" graph over every person record, found in linear time
 * (each chain is walked once; a chain that meets itself closes a cycle).
 */
final class ManagerCycles {
  private final List<PersonFacts> people;
  // For a person on a cycle: the cycle's first index in members, and the cycle's length.
  private final int[] cycleStart;
  private final int[] cycleLength;
  // Each cycle's members in manager order, cycle after cycle.
  private final int[] members;
  // A person's index in members (-1 when on no cycle).
  private final int[] memberIndex;

  ManagerCycles(List<PersonFacts> people) {
    this.people = people;
    int n = people.size();
    int[] next = new int[n];
    for (int i = 0; i < n; i++) {
      PersonFacts manager = people.get(i).managerOrNull();
      next[i] = manager == null ? -1 : manager.position();
    }
    cycleStart = new int[n];
    cycleLength = new int[n];
    memberIndex = new int[n];
    Arrays.fill(memberIndex, -1);
    int[] found = new int[0];
    int foundSize = 0;
    byte[] state = new byte[n];
    int[] path = new int[n];
    int[] position = new int[n];
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) {
        continue;
      }
      int length = 0;
      int cur = s;
      while (cur >= 0 && state[cur] == 0) {
        state[cur] = 1;
        position[cur] = length;
        path[length++] = cur;
        cur = next[cur];
      }
      if (cur >= 0 && state[cur] == 1) {
        int from = position[cur];
        int len = length - from;
        if (foundSize + len > found.length) {
          found = Arrays.copyOf(found, Math.max(16, 2 * (foundSize + len)));
        }
        for (int k = from; k < length; k++) {
          int p = path[k];
          cycleStart[p] = foundSize;
          cycleLength[p] = len;
          memberIndex[p] = foundSize + k - from;
          found[foundSize + k - from] = p;
        }
        foundSize += len;
      }
      for (int k = 0; k < length; k++) {
        state[path[k]] = 2;
      }
    }
    this.members = found;
  }

  /** The cycle through the person at {@code position}, starting with them; empty when none. */
  List<PersonFacts> of(int position) {
    return memberIndex[position] < 0 ? List.of() : new Cycle(position);
  }

  private final class Cycle extends AbstractList<PersonFacts> implements RandomAccess {
    private final int start;
    private final int length;
    private final int offset;

    Cycle(int position) {
      this.start = cycleStart[position];
      this.length = cycleLength[position];
      this.offset = memberIndex[position] - start;
    }

    @Override
    public PersonFacts get(int index) {
      Objects.checkIndex(index, length);
      return people.get(members[start + (offset + index) % length]);
    }

    @Override
    public int size() {
      return length;
    }
  }
}
