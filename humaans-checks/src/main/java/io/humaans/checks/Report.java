package io.humaans.checks;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a run: the evaluation date, input sizes, the directory's scopes, one {@link
 * CheckOutcome} per check and every result, sorted by check id then subject id.
 *
 * <p>{@link #toJson()} and {@link #toCsv()} give the same bytes for the same inputs; their shape is
 * documented in the README (section "Report format"). A report made by {@link Checks} keeps its
 * results compactly and builds each {@link CheckResult} when it is read, so two reads of one
 * position give equal, not necessarily identical, results. Instances are immutable and thread-safe;
 * {@code equals} compares every attribute.
 */
public final class Report {
  private final LocalDate asOf;
  private final InputSizes inputs;
  private final @Nullable List<String> scopes;
  private final boolean partial;
  private final List<CheckOutcome> checks;
  private final Map<String, Integer> reclaimableSeatsByProduct;
  private final List<CheckResult> results;

  /** Takes the results as the concatenation of {@code parts}, used as given (not copied). */
  Report(
      LocalDate asOf,
      InputSizes inputs,
      @Nullable List<String> scopes,
      boolean partial,
      List<CheckOutcome> checks,
      Map<String, Integer> reclaimableSeatsByProduct,
      List<List<CheckResult>> parts) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.inputs = Objects.requireNonNull(inputs, "inputs");
    this.scopes = scopes == null ? null : List.copyOf(scopes);
    this.partial = partial;
    this.checks = List.copyOf(checks);
    this.reclaimableSeatsByProduct =
        Collections.unmodifiableMap(new LinkedHashMap<>(reclaimableSeatsByProduct));
    this.results = parts.size() == 1 ? parts.get(0) : new ConcatenatedResults(parts);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the evaluation date} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the input sizes} */
  public InputSizes inputs() {
    return inputs;
  }

  /** {@return the scopes the directory was read with, sorted; empty when unknown} */
  public Optional<List<String>> scopes() {
    return Optional.ofNullable(scopes);
  }

  /** {@return whether the directory was read without {@code private:read}} */
  public boolean partial() {
    return partial;
  }

  /** {@return one outcome per check, sorted by check id; unmodifiable} */
  public List<CheckOutcome> checks() {
    return checks;
  }

  /**
   * {@return reclaimable (FAIL) seats of {@code reclaimable-seats} per product, sorted by product}
   * Spellings of one product that differ only in case or surrounding whitespace ({@link
   * Definitions#productKey}) are counted together under the first spelling in string order among
   * the input's seats and events, the product's subject id in {@code activity-trend}.
   */
  public Map<String, Integer> reclaimableSeatsByProduct() {
    return reclaimableSeatsByProduct;
  }

  /** {@return every result, sorted by check id then subject id; unmodifiable} */
  public List<CheckResult> results() {
    return results;
  }

  /**
   * Compares this report with an earlier one: which failures are new, since when each has been
   * failing, and which of the baseline's failures are resolved.
   *
   * @param baseline the earlier report, as a {@link Baseline}
   * @return the changes
   * @throws NullPointerException if {@code baseline} is null
   * @throws IllegalArgumentException if the baseline's check set differs from this report's, or it
   *     is dated after this report (its {@code asOf} or a failure's {@code failingSince})
   */
  public ReportChanges compareWith(Baseline baseline) {
    return new ReportChanges(this, Objects.requireNonNull(baseline, "baseline == null"));
  }

  /** {@return the report as JSON (UTF-8 text, non-ASCII unescaped, {@code \n} line ends)} */
  public String toJson() {
    return ReportText.json(this);
  }

  /**
   * Writes {@link #toJson()} to {@code out}, for reports too large for one string.
   *
   * @param out where the JSON goes
   * @throws UncheckedIOException if {@code out} fails
   */
  public void writeJson(Appendable out) {
    ReportText.writeJson(this, out);
  }

  /** {@return the results as CSV with a header row (RFC 4180 quoting, {@code \n} line ends)} */
  public String toCsv() {
    return ReportText.csv(this);
  }

  /**
   * Writes {@link #toCsv()} to {@code out}.
   *
   * @param out where the CSV goes
   * @throws UncheckedIOException if {@code out} fails
   */
  public void writeCsv(Appendable out) {
    ReportText.writeCsv(this, out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Report)) {
      return false;
    }
    Report r = (Report) o;
    return partial == r.partial
        && asOf.equals(r.asOf)
        && inputs.equals(r.inputs)
        && Objects.equals(scopes, r.scopes)
        && checks.equals(r.checks)
        && reclaimableSeatsByProduct.equals(r.reclaimableSeatsByProduct)
        && results.equals(r.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, inputs, scopes, partial, checks, reclaimableSeatsByProduct, results);
  }

  /** Describes the report without listing its results. */
  @Override
  public String toString() {
    return ReportText.describe(this);
  }

  /** Builds {@link Report} values; not thread-safe. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private @Nullable InputSizes inputs;
    private @Nullable List<String> scopes;
    private @Nullable Boolean partial;
    private final List<CheckOutcome> checks = new ArrayList<>();
    private final Map<String, Integer> byProduct = new LinkedHashMap<>();
    private final List<CheckResult> results = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the evaluation date.
     *
     * @param asOf the evaluation date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the input sizes.
     *
     * @param inputs the input sizes
     * @return this builder
     */
    public Builder inputs(InputSizes inputs) {
      this.inputs = Objects.requireNonNull(inputs, "inputs");
      return this;
    }

    /**
     * Sets the scopes (copied).
     *
     * @param scopes the scopes the token has
     * @return this builder
     */
    public Builder scopes(List<String> scopes) {
      this.scopes = List.copyOf(scopes);
      return this;
    }

    /**
     * Sets the scopes (copied), or clears them when empty.
     *
     * @param scopes the scopes the token has, or empty when unknown
     * @return this builder
     */
    public Builder scopes(Optional<? extends List<String>> scopes) {
      this.scopes = scopes.<List<String>>map(List::copyOf).orElse(null);
      return this;
    }

    /**
     * Sets whether the directory was read without {@code private:read}.
     *
     * @param partial whether the directory is partial
     * @return this builder
     */
    public Builder partial(boolean partial) {
      this.partial = partial;
      return this;
    }

    /**
     * Adds outcomes.
     *
     * @param outcomes the outcomes to add
     * @return this builder
     */
    public Builder addChecks(CheckOutcome... outcomes) {
      return addAllChecks(Arrays.asList(outcomes));
    }

    /**
     * Adds outcomes.
     *
     * @param outcomes the outcomes to add
     * @return this builder
     */
    public Builder addAllChecks(Iterable<? extends CheckOutcome> outcomes) {
      for (CheckOutcome c : outcomes) {
        checks.add(Objects.requireNonNull(c, "checks element"));
      }
      return this;
    }

    /**
     * Adds (or replaces) one product's reclaimable-seat count.
     *
     * @param product the product
     * @param count the number of reclaimable seats
     * @return this builder
     */
    public Builder putReclaimableSeatsByProduct(String product, int count) {
      byProduct.put(Objects.requireNonNull(product, "product"), count);
      return this;
    }

    /**
     * Adds (or replaces) products' reclaimable-seat counts.
     *
     * @param counts reclaimable-seat counts by product
     * @return this builder
     */
    public Builder putAllReclaimableSeatsByProduct(Map<String, ? extends Integer> counts) {
      for (Map.Entry<String, ? extends Integer> e : counts.entrySet()) {
        putReclaimableSeatsByProduct(e.getKey(), Objects.requireNonNull(e.getValue(), "count"));
      }
      return this;
    }

    /**
     * Replaces the reclaimable-seat counts.
     *
     * @param counts reclaimable-seat counts by product
     * @return this builder
     */
    public Builder reclaimableSeatsByProduct(Map<String, ? extends Integer> counts) {
      byProduct.clear();
      return putAllReclaimableSeatsByProduct(counts);
    }

    /**
     * Adds results.
     *
     * @param added the results to add
     * @return this builder
     */
    public Builder addResults(CheckResult... added) {
      return addAllResults(Arrays.asList(added));
    }

    /**
     * Adds results.
     *
     * @param added the results to add
     * @return this builder
     */
    public Builder addAllResults(Iterable<? extends CheckResult> added) {
      for (CheckResult r : added) {
        results.add(Objects.requireNonNull(r, "results element"));
      }
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException if the date, the input sizes or the partial flag is unset
     */
    public Report build() {
      LocalDate asOf = this.asOf;
      InputSizes inputs = this.inputs;
      Boolean partial = this.partial;
      if (asOf == null || inputs == null || partial == null) {
        throw MissingAttributes.error("Report", "asOf", asOf, "inputs", inputs, "partial", partial);
      }
      return new Report(
          asOf,
          inputs,
          scopes,
          partial,
          checks,
          byProduct,
          List.of(Collections.unmodifiableList(new ArrayList<>(results))));
    }
  }
}
