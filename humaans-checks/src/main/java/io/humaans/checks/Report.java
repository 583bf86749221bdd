package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a run: the evaluation date, input sizes, the directory's scopes, one
 * {@link CheckOutcome} per check and every result, sorted by check id then subject id.
 *
 * <p>{@link #toJson()} and {@link #toCsv()} give the same bytes for the same inputs; their shape
 * is documented in {@code docs/checks.md}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {
  Report() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The evaluation date. */
  public abstract LocalDate asOf();

  /** The input sizes. */
  public abstract InputSizes inputs();

  /** The scopes the directory was read with, sorted; empty when unknown. */
  public abstract Optional<List<String>> scopes();

  /** Whether the directory was read without {@code private:read}. */
  public abstract boolean partial();

  /** One outcome per check, sorted by check id. */
  public abstract List<CheckOutcome> checks();

  /** Reclaimable (FAIL) seats of {@code reclaimable-seats} per product, sorted by product. */
  public abstract Map<String, Integer> reclaimableSeatsByProduct();

  /** Every result, sorted by check id then subject id. */
  public abstract List<CheckResult> results();

  /** Returns the report as JSON (UTF-8 text, non-ASCII unescaped, {@code \n} line ends). */
  public final String toJson() {
    StringBuilder out = new StringBuilder(4096 + results().size() * 200);
    writeJson(out);
    return out.toString();
  }

  /**
   * Writes {@link #toJson()} to {@code out}, for reports too large for one string.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public final void writeJson(Appendable out) {
    try {
      ReportJson.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the results as CSV with a header row (RFC 4180 quoting, {@code \n} line ends). */
  public final String toCsv() {
    StringBuilder out = new StringBuilder(256 + results().size() * 120);
    writeCsv(out);
    return out.toString();
  }

  /**
   * Writes {@link #toCsv()} to {@code out}.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public final void writeCsv(Appendable out) {
    try {
      ReportCsv.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds {@link Report} values; not thread-safe. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
