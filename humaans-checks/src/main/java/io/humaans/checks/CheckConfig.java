package io.humaans.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The evaluation date and the tunable parts of the rules.
 *
 * <pre>{@code
 * CheckConfig config = CheckConfig.builder()
 *     .asOf(LocalDate.of(2026, 11, 23))
 *     .graceDays(1)
 *     .build();
 * }</pre>
 *
 * <p>Defaults: {@link #topManagementTitlePatterns()} = {@link #DEFAULT_TOP_MANAGEMENT_TITLES}, no
 * top-management ids, {@code graceDays} 0, {@code inactivityDays} 30, {@code trendPeriods} 8,
 * {@code trendGranularity} {@link TrendGranularity#WEEK}. {@code build()} throws {@link
 * IllegalStateException} when {@code asOf} is missing, a day count is negative or {@code
 * trendPeriods} is below 2 or above 520. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckConfig {
  /**
   * The default top-management title patterns: whole words, case-insensitive, where {@code ...}
   * stands for one or more words.
   */
  public static final List<String> DEFAULT_TOP_MANAGEMENT_TITLES =
      List.of(
          "CEO",
          "CTO",
          "CFO",
          "COO",
          "CPO",
          "CIO",
          "CISO",
          "CMO",
          "Chief ... Officer",
          "Founder",
          "Co-founder",
          "Managing Director");

  CheckConfig() {}

  /** {@return a new builder; {@code asOf} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the evaluation date; every "current" and "more than N days" is judged on this day} */
  public abstract LocalDate asOf();

  /**
   * {@return job-title patterns that exempt a person from {@code reporting-manager-assigned}} A
   * pattern is a sequence of words, ignoring case and punctuation, that must make up a whole
   * segment of the title (segments are split at {@code , & / | ; ( )} and the word "and"; a leading
   * "Interim" or "Acting" is allowed); the word {@code ...} matches one or more words. Words after
   * {@code to}, {@code for} or {@code of the} name whom the person serves: a segment after one
   * holding such a word is never matched, and {@code ...} never stands for such a word (a pattern
   * may spell them itself, as in {@code Chair of the Board}). So "Founder and CEO" matches {@code
   * CEO}; "Chief of Staff to the CEO", "Executive Assistant to the CEO &amp; Founder" and "Chief of
   * Staff to the Chief Executive Officer" match nothing (exempt such a person by {@link
   * #topManagementIds()}). Setting any pattern replaces the defaults: to add to them, pass {@link
   * #DEFAULT_TOP_MANAGEMENT_TITLES} too.
   */
  @Value.Default
  public List<String> topManagementTitlePatterns() {
    return DEFAULT_TOP_MANAGEMENT_TITLES;
  }

  /** {@return person ids exempt from {@code reporting-manager-assigned}; empty by default} */
  public abstract Set<String> topManagementIds();

  /** {@return days after a leaver's last day before live access fails; 0 by default} */
  @Value.Default
  public int graceDays() {
    return 0;
  }

  /** {@return days without activity after which a seat is reclaimable; 30 by default} */
  @Value.Default
  public int inactivityDays() {
    return 30;
  }

  /**
   * {@return number of periods in the activity-trend window, ending with the one holding asOf; 8}
   */
  @Value.Default
  public int trendPeriods() {
    return 8;
  }

  /** {@return period length of the activity trend; {@link TrendGranularity#WEEK} by default} */
  @Value.Default
  public TrendGranularity trendGranularity() {
    return TrendGranularity.WEEK;
  }

  @Value.Check
  void validate() {
    if (graceDays() < 0) {
      throw new IllegalStateException("graceDays must be >= 0, was " + graceDays());
    }
    if (inactivityDays() < 0) {
      throw new IllegalStateException("inactivityDays must be >= 0, was " + inactivityDays());
    }
    if (trendPeriods() < 2 || trendPeriods() > 520) {
      throw new IllegalStateException("trendPeriods must be in [2, 520], was " + trendPeriods());
    }
  }

  /** Builds {@link CheckConfig} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckConfig.Builder {
    Builder() {}
  }
}
