package io.humaans.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What an earlier report said, as far as a comparison needs it: its check set and, per failing
 * result, the check id, subject id and the date it has been failing since. Built by whoever reads
 * the earlier report (this module parses no JSON); see {@link Report#compareWith}.
 *
 * <pre>{@code
 * Baseline baseline = Baseline.builder()
 *     .asOf(LocalDate.of(2026, 11, 22))
 *     .checkIds(previousCheckIds)
 *     .addFailure("reclaimable-seats", "seat-7", LocalDate.of(2026, 11, 1), "figma ana@x.com")
 *     .build();
 * }</pre>
 *
 * <p>A failure's {@code failingSince} is the earlier report's {@code failingSince} for that result
 * when it carries one, else that report's {@code asOf}. Instances are immutable and thread-safe;
 * {@code equals} compares every attribute.
 */
public final class Baseline {
  private final @Nullable LocalDate asOf;
  private final Set<String> checkIds;
  private final List<Failure> failures;
  private final Map<String, Failure> byKey;

  private Baseline(@Nullable LocalDate asOf, Set<String> checkIds, List<Failure> failures) {
    this.asOf = asOf;
    this.checkIds = checkIds;
    this.failures = failures;
    Map<String, Failure> map = new HashMap<>();
    for (Failure f : failures) {
      if (map.put(key(f.checkId, f.subjectId), f) != null) {
        throw new IllegalArgumentException(
            "the baseline lists the failure of " + f.checkId + " on " + f.subjectId + " twice");
      }
    }
    this.byKey = map;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the earlier report's evaluation date, when known} */
  public java.util.Optional<LocalDate> asOf() {
    return java.util.Optional.ofNullable(asOf);
  }

  /** {@return the check ids of the earlier report, sorted; unmodifiable} */
  public Set<String> checkIds() {
    return checkIds;
  }

  /** {@return the failing results of the earlier report, sorted by check id then subject id} */
  public List<Failure> failures() {
    return failures;
  }

  @Nullable Failure failure(String checkId, String subjectId) {
    return byKey.get(key(checkId, subjectId));
  }

  static String key(String checkId, String subjectId) {
    return checkId + '\u0000' + subjectId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Baseline)) {
      return false;
    }
    Baseline b = (Baseline) o;
    return Objects.equals(asOf, b.asOf)
        && checkIds.equals(b.checkIds)
        && failures.equals(b.failures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, checkIds, failures);
  }

  @Override
  public String toString() {
    return "Baseline{asOf="
        + asOf
        + ", checkIds="
        + checkIds
        + ", failures="
        + failures.size()
        + "}";
  }

  /** One failing result of the earlier report. Immutable; {@code equals} compares every field. */
  public static final class Failure {
    private final String checkId;
    private final String subjectId;
    private final LocalDate failingSince;
    private final String label;

    Failure(String checkId, String subjectId, LocalDate failingSince, @Nullable String label) {
      this.checkId = Objects.requireNonNull(checkId, "checkId == null");
      this.subjectId = Objects.requireNonNull(subjectId, "subjectId == null");
      this.failingSince = Objects.requireNonNull(failingSince, "failingSince == null");
      this.label = label == null ? subjectId : label;
    }

    /** {@return the check id} */
    public String checkId() {
      return checkId;
    }

    /** {@return the subject id} */
    public String subjectId() {
      return subjectId;
    }

    /** {@return the date the result has been failing since} */
    public LocalDate failingSince() {
      return failingSince;
    }

    /** {@return the subject's label in the earlier report (its subject id when it had none)} */
    public String label() {
      return label;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Failure)) {
        return false;
      }
      Failure f = (Failure) o;
      return checkId.equals(f.checkId)
          && subjectId.equals(f.subjectId)
          && failingSince.equals(f.failingSince)
          && label.equals(f.label);
    }

    @Override
    public int hashCode() {
      return Objects.hash(checkId, subjectId, failingSince, label);
    }

    @Override
    public String toString() {
      return "Failure{" + checkId + ", " + subjectId + ", since " + failingSince + "}";
    }
  }

  /** Builds {@link Baseline} values; not thread-safe. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private final Set<String> checkIds = new TreeSet<>();
    private final List<Failure> failures = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the earlier report's evaluation date (optional).
     *
     * @param asOf the earlier report's {@code asOf}
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf == null");
      return this;
    }

    /**
     * Adds check ids of the earlier report (its {@code checks[].checkId}).
     *
     * @param ids the ids
     * @return this builder
     */
    public Builder checkIds(Collection<String> ids) {
      for (String id : ids) {
        checkIds.add(Objects.requireNonNull(id, "check id == null"));
      }
      return this;
    }

    /**
     * Adds one check id of the earlier report.
     *
     * @param id the id
     * @return this builder
     */
    public Builder addCheckId(String id) {
      checkIds.add(Objects.requireNonNull(id, "check id == null"));
      return this;
    }

    /**
     * Adds a failing result of the earlier report.
     *
     * @param label the subject's label in that report, or null to use the subject id
     * @throws NullPointerException if {@code checkId}, {@code subjectId} or {@code failingSince} is
     *     null
     * @param checkId the check id
     * @param subjectId the subject id
     * @param failingSince the date the result has been failing since
     * @return this builder
     */
    public Builder addFailure(
        String checkId, String subjectId, LocalDate failingSince, @Nullable String label) {
      failures.add(new Failure(checkId, subjectId, failingSince, label));
      return this;
    }

    /**
     * Adds a failing result of the earlier report, labelled with its subject id.
     *
     * @param checkId the check id
     * @param subjectId the subject id
     * @param failingSince the date the result has been failing since
     * @return this builder
     */
    public Builder addFailure(String checkId, String subjectId, LocalDate failingSince) {
      return addFailure(checkId, subjectId, failingSince, null);
    }

    /**
     * Builds the baseline.
     *
     * @throws IllegalArgumentException if a failure names a check outside the check ids, or the
     *     same check and subject appear twice
     * @return the baseline
     */
    public Baseline build() {
      List<Failure> sorted = new ArrayList<>(failures);
      sorted.sort(Comparator.comparing(Failure::checkId).thenComparing(Failure::subjectId));
      for (Failure f : sorted) {
        if (!checkIds.contains(f.checkId)) {
          throw new IllegalArgumentException(
              "the baseline lists a failure of check "
                  + f.checkId
                  + ", which is not among its checks "
                  + checkIds);
        }
      }
      return new Baseline(
          asOf,
          java.util.Collections.unmodifiableSet(new TreeSet<>(checkIds)),
          List.copyOf(sorted));
    }
  }
}
