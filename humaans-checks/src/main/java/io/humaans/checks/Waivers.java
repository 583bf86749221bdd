package io.humaans.checks;

import static java.util.Objects.requireNonNull;

import io.humaans.checks.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Engine: finishes each check's results. An unexpired waiver (expiry on or after asOf, or none)
 * turns a FAIL into WAIVED, keeping the reason and adding {@code waiver} and {@code
 * waiverExpiresOn} to the evidence; an expired one leaves the FAIL and adds {@code
 * waiverExpiredOn}. Of two waivers for one subject the longer-lasting one counts. Then the results
 * are sorted by subject id (usually they already are: checks walk sorted subjects).
 *
 * <p>Which waivers name a FAIL depends on its subject type:
 *
 * <ul>
 *   <li>{@code account}: a waiver with a system names the account of that system whose id as given
 *       is the waiver's subject id. A waiver without one names the subject id (as before systems
 *       were known), unless the account's id is shared by accounts of several systems: then it is
 *       ambiguous (the {@code #2} suffixes follow the systems' order, so it would move when a
 *       system appears), waives nothing, and every FAIL of an account with that id, or with that
 *       subject id, gets {@value #AMBIGUOUS} listing the systems.
 *   <li>{@code person-in-system}: the subject id already holds the system (escaped, see {@link
 *       SubjectTypes#systemOf}); a waiver names it by subject id, and when it has a system, that
 *       system must be the subject's.
 *   <li>any other: a waiver without a system names the subject id; one with a system names nothing.
 * </ul>
 *
 * A waiver with a system that cannot be the FAIL's, yet names its id, adds {@value
 * #SYSTEM_MISMATCH} (the waivers' systems, sorted, comma-separated) to the FAIL so that an inert
 * waiver is never silent: on an account FAIL, when no account with that id is in the waiver's
 * system; on a {@code person-in-system} FAIL, when the system is not the subject's; on any other,
 * always.
 */
final class Waivers {
  /** Evidence key: the systems sharing the account id of an ambiguous waiver, sorted. */
  static final String AMBIGUOUS = "waiverAmbiguous";

  /** Evidence key: the system of a waiver that names the subject id but not the system. */
  static final String SYSTEM_MISMATCH = "waiverSystemMismatch";

  /** Results by subject id; exact ties (only possible with odd ids) by their full content. */
  static final Comparator<CheckResult> RESULT_ORDER =
      Comparator.comparing(CheckResult::subjectId)
          .thenComparing(CheckResult::status)
          .thenComparing(CheckResult::reasonCode)
          .thenComparing(CheckResult::detail)
          .thenComparing(r -> r.evidence().toString());

  /** The waivers of one check. */
  private static final class ForCheck {
    /** Waivers without a system, by subject id. */
    final Map<String, Waiver> plain = new HashMap<>();

    /** Waivers with a system, by {@link #key}. */
    final Map<String, Waiver> bySystem = new HashMap<>();

    /** Waivers with a system, by subject id alone (for {@link #SYSTEM_MISMATCH}). */
    final Map<String, List<Waiver>> systemBySubject = new HashMap<>();
  }

  private final Map<String, ForCheck> byCheck = new HashMap<>();
  private final AccountIds accounts;
  private final LocalDate asOf;

  /**
   * Indexes the waivers.
   *
   * @param accounts the run's accounts, sorted by subject id
   */
  Waivers(List<Waiver> waivers, List<AccountFacts> accounts, LocalDate asOf) {
    this.accounts = new AccountIds(accounts);
    this.asOf = asOf;
    for (Waiver waiver : waivers) {
      ForCheck forCheck = byCheck.computeIfAbsent(waiver.checkId(), k -> new ForCheck());
      String system = system(waiver);
      if (system == null) {
        forCheck.plain.merge(waiver.subjectId(), waiver, Waivers::longer);
      } else {
        forCheck.bySystem.merge(key(system, waiver.subjectId()), waiver, Waivers::longer);
        forCheck
            .systemBySubject
            .computeIfAbsent(waiver.subjectId(), k -> new ArrayList<>())
            .add(waiver);
      }
    }
  }

  /** Applies the waivers, sorts by subject id and freezes the results. */
  ResultColumns finish(ResultColumns out) {
    if (!byCheck.isEmpty()) {
      ForCheck forCheck = null;
      String forCheckId = null;
      for (int i = 0, n = out.size(); i < n; i++) {
        if (out.status(i) != Status.FAIL) {
          continue;
        }
        Verdict verdict = out.verdict(i);
        if (!verdict.checkId.equals(forCheckId)) {
          forCheckId = verdict.checkId;
          forCheck = byCheck.get(forCheckId);
        }
        if (forCheck != null) {
          CheckResult waived = apply(forCheck, verdict.subjectType, out.subjectId(i), out, i);
          if (waived != null) {
            out.set(i, waived);
          }
        }
      }
    }
    if (!out.increasing() && !out.sortBySubjectId()) {
      out.sort(RESULT_ORDER);
    }
    return out.freeze();
  }

  /** The FAIL at row {@code i} with the waivers that name it applied; null when none does. */
  private @Nullable CheckResult apply(
      ForCheck forCheck, String subjectType, String subjectId, ResultColumns out, int i) {
    Waiver plain = forCheck.plain.get(subjectId);
    Waiver withSystem = null;
    String ambiguous = null;
    String mismatch = null;
    switch (subjectType) {
      case SubjectTypes.ACCOUNT:
        if (forCheck.bySystem.isEmpty()
            && plain == null
            && (forCheck.plain.isEmpty() || subjectId.indexOf('#') < 0)) {
          break; // nothing can name it (without a '#' the subject id is the account id)
        }
        AccountFacts account = accounts.bySubjectId(subjectId);
        if (account == null) {
          break; // not an account of the run: the subject id is all there is
        }
        String id = account.account().id();
        withSystem = forCheck.bySystem.get(key(account.system(), id));
        List<Waiver> sameId = forCheck.systemBySubject.get(id);
        if (sameId != null) {
          TreeSet<String> systems = accounts.systemsOf(id);
          mismatch = mismatch(sameId, system -> !systems.contains(system));
        }
        Waiver named = plain != null || id.equals(subjectId) ? plain : forCheck.plain.get(id);
        if (named != null) {
          TreeSet<String> systems = accounts.systemsOf(id);
          if (systems.size() > 1) {
            ambiguous = listing(systems);
            plain = null;
          }
        }
        break;
      case SubjectTypes.PERSON_IN_SYSTEM:
        String system = Normalization.key(SubjectTypes.systemOf(subjectId));
        withSystem = system == null ? null : forCheck.bySystem.get(key(system, subjectId));
        mismatch =
            mismatch(forCheck.systemBySubject.get(subjectId), other -> !other.equals(system));
        break;
      default:
        mismatch = mismatch(forCheck.systemBySubject.get(subjectId), other -> true);
        break;
    }
    Waiver waiver =
        plain == null ? withSystem : withSystem == null ? plain : longer(plain, withSystem);
    if (waiver == null && ambiguous == null && mismatch == null) {
      return null;
    }
    CheckResult.Builder b = CheckResult.builder().from(out.get(i));
    if (ambiguous != null) {
      b.putEvidence(AMBIGUOUS, ambiguous);
    }
    if (mismatch != null) {
      b.putEvidence(SYSTEM_MISMATCH, mismatch);
    }
    if (waiver != null) {
      waive(b, waiver);
    }
    return b.build();
  }

  /**
   * The systems, sorted and comma-separated, of the waivers whose system {@code cannotBe} the
   * FAIL's; null when there are none.
   */
  private static @Nullable String mismatch(
      @Nullable List<Waiver> withSystems, Predicate<String> cannotBe) {
    if (withSystems == null) {
      return null;
    }
    TreeSet<String> wrong = new TreeSet<>();
    for (Waiver waiver : withSystems) {
      String system = requireNonNull(system(waiver));
      if (cannotBe.test(system)) {
        wrong.add(system);
      }
    }
    return wrong.isEmpty() ? null : String.join(", ", wrong);
  }

  private void waive(CheckResult.Builder b, Waiver waiver) {
    LocalDate expires = waiver.expiresOn().orElse(null);
    if (expires != null && expires.isBefore(asOf)) {
      b.putEvidence("waiverExpiredOn", expires.toString());
      return;
    }
    b.status(Status.WAIVED).putEvidence("waiver", waiver.reason());
    if (expires != null) {
      b.putEvidence("waiverExpiresOn", expires.toString());
    }
  }

  /** The waiver's system stripped and lower-cased; null when it has none or a blank one. */
  private static @Nullable String system(Waiver waiver) {
    return Normalization.key(waiver.system().orElse(null));
  }

  private static String key(String system, String subjectId) {
    return system + '\u0000' + subjectId;
  }

  /** The systems as {@code [a, b]}; an account without a system shows as {@code (no system)}. */
  private static String listing(TreeSet<String> systems) {
    StringBuilder s = new StringBuilder("[");
    for (String system : systems) {
      s.append(s.length() == 1 ? "" : ", ").append(system.isEmpty() ? "(no system)" : system);
    }
    return s.append(']').toString();
  }

  private static Waiver longer(Waiver a, Waiver b) {
    LocalDate ea = a.expiresOn().orElse(LocalDate.MAX);
    LocalDate eb = b.expiresOn().orElse(LocalDate.MAX);
    int cmp = ea.compareTo(eb);
    if (cmp != 0) {
      return cmp > 0 ? a : b;
    }
    return a.toString().compareTo(b.toString()) <= 0 ? a : b;
  }
}
