package io.humaans.checks;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Engine: the accounts of each holder, as one array of account positions grouped by holder position
 * (a counting sort: linear, no string keys); within a holder, in subject-id order.
 */
final class AccountsByHolder {
  private final List<AccountFacts> accounts;
  // start[p] .. start[p + 1] - 1 index byHolder for the person at position p.
  private final int[] start;
  private final int[] byHolder;

  AccountsByHolder(List<AccountFacts> accounts, int people) {
    this.accounts = accounts;
    int[] holderOf = new int[accounts.size()];
    int[] s = new int[people + 1];
    for (int i = 0; i < holderOf.length; i++) {
      PersonFacts h = accounts.get(i).holderOrNull();
      holderOf[i] = h == null ? -1 : h.position();
      if (h != null) {
        s[h.position() + 1]++;
      }
    }
    for (int p = 0; p < people; p++) {
      s[p + 1] += s[p];
    }
    int[] grouped = new int[s[people]];
    int[] fill = java.util.Arrays.copyOf(s, people);
    for (int i = 0; i < holderOf.length; i++) {
      if (holderOf[i] >= 0) {
        grouped[fill[holderOf[i]]++] = i;
      }
    }
    this.start = s;
    this.byHolder = grouped;
  }

  /** The accounts of the person at {@code position}. */
  List<AccountFacts> of(int position) {
    int from = start[position];
    int to = start[position + 1];
    return from == to ? List.of() : new Group(from, to);
  }

  private final class Group extends AbstractList<AccountFacts> implements RandomAccess {
    private final int from;
    private final int size;

    Group(int from, int to) {
      this.from = from;
      this.size = to - from;
    }

    @Override
    public AccountFacts get(int index) {
      Objects.checkIndex(index, size);
      return accounts.get(byHolder[from + index]);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
