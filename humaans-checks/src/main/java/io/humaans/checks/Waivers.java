package io.humaans.checks;

import io.humaans.checks.model.Waiver;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Engine: finishes each check's results. An unexpired waiver (expiry on or after asOf, or none)
 * turns a FAIL into WAIVED, keeping the reason and adding {@code waiver} and {@code
 * waiverExpiresOn} to the evidence; an expired one leaves the FAIL and adds {@code
 * waiverExpiredOn}. Of two waivers for one subject the longer-lasting one counts. Then the results
 * are sorted by subject id (usually they already are: checks walk sorted subjects).
 */
final class Waivers {
  /** Results by subject id; exact ties (only possible with odd ids) by their full content. */
  static final Comparator<CheckResult> RESULT_ORDER =
      Comparator.comparing(CheckResult::subjectId)
          .thenComparing(CheckResult::status)
          .thenComparing(CheckResult::reasonCode)
          .thenComparing(CheckResult::detail)
          .thenComparing(r -> r.evidence().toString());

  private final Map<String, Map<String, Waiver>> byCheck = new HashMap<>();
  private final LocalDate asOf;

  Waivers(List<Waiver> waivers, LocalDate asOf) {
    this.asOf = asOf;
    for (Waiver waiver : waivers) {
      byCheck
          .computeIfAbsent(waiver.checkId(), k -> new HashMap<>())
          .merge(waiver.subjectId(), waiver, Waivers::longer);
    }
  }

  /** Applies the waivers, sorts by subject id and freezes the results. */
  ResultColumns finish(ResultColumns out) {
    if (!byCheck.isEmpty()) {
      Map<String, Waiver> forCheck = null;
      String forCheckId = null;
      for (int i = 0, n = out.size(); i < n; i++) {
        if (out.status(i) != Status.FAIL) {
          continue;
        }
        String checkId = out.verdict(i).checkId;
        if (!checkId.equals(forCheckId)) {
          forCheckId = checkId;
          forCheck = byCheck.get(forCheckId);
        }
        Waiver waiver = forCheck == null ? null : forCheck.get(out.subjectId(i));
        if (waiver != null) {
          out.set(i, waive(out.get(i), waiver));
        }
      }
    }
    if (!out.increasing() && !out.sortBySubjectId()) {
      out.sort(RESULT_ORDER);
    }
    return out.freeze();
  }

  private CheckResult waive(CheckResult r, Waiver waiver) {
    LocalDate expires = waiver.expiresOn().orElse(null);
    CheckResult.Builder b = CheckResult.builder().from(r);
    if (expires != null && expires.isBefore(asOf)) {
      return b.putEvidence("waiverExpiredOn", expires.toString()).build();
    }
    b.status(Status.WAIVED).putEvidence("waiver", waiver.reason());
    if (expires != null) {
      b.putEvidence("waiverExpiresOn", expires.toString());
    }
    return b.build();
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
