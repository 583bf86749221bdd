package io.humaans.checks.rules;

import static io.humaans.checks.Status.NOT_APPLICABLE;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.TrendGranularity;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActivityTrendCheckTest {
  private final ActivityTrendCheck check = new ActivityTrendCheck();

  /** A company with one Figma seat. */
  private static Company figma() {
    return company().employee("p1").seat("s1", "p1@example.com", s -> s);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("no events", c -> c, NOT_APPLICABLE, ReasonCodes.NO_EVENTS),
        when("an event today", c -> c.event("a@x.io", 0), PASS, ReasonCodes.OK),
        when("events only outside the window", c -> c.event("a@x.io", -400),
            PASS, ReasonCodes.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAProduct(String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(figma()).judge(check, "Figma");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void countsDistinctHoldersPerIsoWeek() {
    // asOf is Monday 2026-11-23 (ISO week 48); -1 is Sunday of week 47.
    CheckResult r = figma()
        .event("a@x.io", 0).event(" A@X.io", 0).event("b@x.io", 0)
        .event("a@x.io", -1).event("c@x.io", -7)
        .event("late@x.io", 1).event(null, 0)
        .configure(b -> b.trendPeriods(3))
        .judge(check, "Figma");
    assertThat(r.evidence()).containsExactly(
        entry("granularity", "WEEK"),
        entry("2026-W46", "0"), entry("2026-W47", "2"), entry("2026-W48", "2"),
        entry("current", "2"), entry("previous", "2"), entry("change", "0"));
  }

  @Test
  void countsDistinctHoldersPerMonth() {
    CheckResult r = figma()
        .event("a@x.io", 0).event("a@x.io", -30).event("b@x.io", -30).event("c@x.io", -400)
        .configure(b -> b.trendPeriods(2).trendGranularity(TrendGranularity.MONTH))
        .judge(check, "Figma");
    assertThat(r.evidence()).containsExactly(
        entry("granularity", "MONTH"), entry("2026-10", "2"), entry("2026-11", "1"),
        entry("current", "1"), entry("previous", "2"), entry("change", "-1"));
  }

  @Test
  void anAsOfAtTheStartOfTimeDoesNotThrow() {
    List<CheckResult> results = figma().event("a@x.io", 0)
        .configure(b -> b.asOf(LocalDate.MIN.plusDays(3)).trendPeriods(3))
        .results(check);
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.subjectId()).isEqualTo("Figma");
      assertThat(r.evidence()).containsKey("out-of-range-2");
    });
  }

  @Test
  void noEventsIsANotApplicableOutcome() {
    assertThat(figma().outcome(check).status()).isEqualTo(NOT_APPLICABLE);
    assertThat(company().outcome(check).status()).as("no product at all")
        .isEqualTo(NOT_APPLICABLE);
    assertThat(figma().event("p1@example.com", 0).outcome(check).status()).isEqualTo(PASS);
  }
}
