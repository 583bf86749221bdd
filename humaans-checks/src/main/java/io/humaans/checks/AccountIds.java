package io.humaans.checks;

import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the run's accounts looked up by subject id, and the systems that share an account id, by
 * binary search in the accounts sorted by subject id (nothing stored per account). An id shared by
 * several accounts is the subject id of the first and, suffixed {@code #2, #3, ...}, of the others
 * (see {@link SubjectIds}), so they all lie at the id itself or in the range of subject ids that
 * start with {@code id + "#"}. Immutable and thread-safe.
 */
final class AccountIds {
  private final List<AccountFacts> accounts;

  /** Wraps the run's accounts, which must be sorted by subject id. */
  AccountIds(List<AccountFacts> accounts) {
    this.accounts = accounts;
  }

  /** The account whose subject id this is; null when none. */
  @Nullable AccountFacts bySubjectId(String subjectId) {
    int i = lowerBound(subjectId);
    if (i < accounts.size()) {
      AccountFacts a = accounts.get(i);
      if (a.subjectId().equals(subjectId)) {
        return a;
      }
    }
    return null;
  }

  /** The distinct systems of the accounts whose id (as given) is {@code accountId}, sorted. */
  TreeSet<String> systemsOf(String accountId) {
    TreeSet<String> systems = new TreeSet<>();
    AccountFacts first = bySubjectId(accountId);
    if (first != null && first.account().id().equals(accountId)) {
      systems.add(first.system());
    }
    String prefix = accountId + '#';
    for (int i = lowerBound(prefix); i < accounts.size(); i++) {
      AccountFacts a = accounts.get(i);
      if (!a.subjectId().startsWith(prefix)) {
        break;
      }
      if (a.account().id().equals(accountId)) {
        systems.add(a.system());
      }
    }
    return systems;
  }

  /** The first position whose subject id is not less than {@code key}. */
  private int lowerBound(String key) {
    int lo = 0;
    int hi = accounts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (accounts.get(mid).subjectId().compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
