package io.humaans.checks;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the human label of a result's subject, looked up by subject id in the run's sorted
 * people, accounts and seats (binary search, nothing stored per result).
 *
 * <ul>
 *   <li>person: {@code First Last <email>} (the name alone, or the email alone, when the other is
 *       missing);
 *   <li>account: {@code system email}; without an email, the email of the person an explicit link
 *       names (its name, or its id, when that person has no email; {@code (unknown person ID)} when
 *       the link names nobody known), else the account id; for Humaans' own access (system {@code
 *       humaans}) the role comes after the system: {@code humaans Admins ana@example.com};
 *   <li>seat: {@code product email}, or {@code product seatId} without an email;
 *   <li>product: the product name;
 *   <li>person in a system: the person's label, then {@code " in "} and the system.
 * </ul>
 *
 * A subject that cannot be found, or whose label would be blank, is labelled with its id. Immutable
 * and thread-safe.
 */
final class SubjectLabels {
  /** Labels every subject with its id (results built outside a run). */
  static final SubjectLabels NONE = new SubjectLabels(List.of(), List.of(), List.of());

  private final List<PersonFacts> people;
  private final List<AccountFacts> accounts;
  private final List<SeatFacts> seats;

  SubjectLabels(List<PersonFacts> people, List<AccountFacts> accounts, List<SeatFacts> seats) {
    this.people = people;
    this.accounts = accounts;
    this.seats = seats;
  }

  /**
   * The label a result holds: {@code label} itself when a String, looked up when the run's {@code
   * SubjectLabels}, else (null) the subject id.
   */
  static String resolve(@Nullable Object label, String subjectType, String subjectId) {
    if (label instanceof String) {
      return (String) label;
    }
    if (label instanceof SubjectLabels) {
      return ((SubjectLabels) label).label(subjectType, subjectId);
    }
    return subjectId;
  }

  /** The label of a subject; never null, the subject id when nothing better is known. */
  String label(String subjectType, String subjectId) {
    String label = null;
    switch (subjectType) {
      case SubjectTypes.PERSON:
        label = person(subjectId);
        break;
      case SubjectTypes.ACCOUNT:
        AccountFacts a = find(accounts, AccountFacts::subjectId, subjectId);
        label = a == null ? null : account(a);
        break;
      case SubjectTypes.SEAT:
        SeatFacts s = find(seats, SeatFacts::subjectId, subjectId);
        label = s == null ? null : seat(s.seat());
        break;
      case SubjectTypes.PERSON_IN_SYSTEM:
        int slash = subjectId.lastIndexOf('/');
        if (slash > 0) {
          String person = person(subjectId.substring(0, slash));
          label = person == null ? null : person + " in " + subjectId.substring(slash + 1);
        }
        break;
      default:
        break;
    }
    return label == null || label.isBlank() ? subjectId : label;
  }

  private @Nullable String person(String subjectId) {
    PersonFacts p = find(people, PersonFacts::subjectId, subjectId);
    return p == null ? null : person(p.person());
  }

  static @Nullable String person(Person p) {
    String first = p.firstName().map(String::strip).orElse("");
    String last = p.lastName().map(String::strip).orElse("");
    String name = first.isEmpty() ? last : last.isEmpty() ? first : first + " " + last;
    String email = p.email().map(String::strip).orElse("");
    if (email.isEmpty()) {
      return name.isEmpty() ? null : name;
    }
    return name.isEmpty() ? email : name + " <" + email + ">";
  }

  private static String account(AccountFacts facts) {
    Account a = facts.account();
    String email =
        a.email()
            .map(String::strip)
            .filter(e -> !e.isEmpty())
            .or(
                () ->
                    facts
                        .linkedPersonId()
                        .map(
                            id ->
                                facts
                                    .holder()
                                    .map(SubjectLabels::holder)
                                    .orElse("(unknown person " + id + ")")))
            .orElse(a.id());
    String system = a.system().strip();
    if (system.equalsIgnoreCase(Definitions.HUMAANS_SYSTEM)) {
      system = join(system, a.accessLevel().map(String::strip).orElse("(no role)"));
    }
    return join(system, email);
  }

  /** A linked holder: the email, else the name, else the subject id (never "unknown person"). */
  private static String holder(PersonFacts h) {
    String email = h.person().email().map(String::strip).orElse("");
    if (!email.isEmpty()) {
      return email;
    }
    String label = person(h.person());
    return label == null ? h.subjectId() : label;
  }

  private static String seat(Seat s) {
    String email = s.email().map(String::strip).filter(e -> !e.isEmpty()).orElse(s.id());
    return join(s.product().strip(), email);
  }

  private static String join(String first, String second) {
    return first.isEmpty() ? second : first + " " + second;
  }

  /** Binary search in a list sorted by subject id. */
  private static <T> @Nullable T find(List<T> sorted, Function<T, String> id, String key) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      T item = sorted.get(mid);
      int cmp = id.apply(item).compareTo(key);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        return item;
      }
    }
    return null;
  }
}
