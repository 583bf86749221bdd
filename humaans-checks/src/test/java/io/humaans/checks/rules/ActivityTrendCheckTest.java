package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.at;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.TrendGranularity;
import io.humaans.checks.model.ActivityEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActivityTrendCheckTest {
  private final ActivityTrendCheck check = new ActivityTrendCheck();

  private static ActivityEvent event(String email, int dayOffset) {
    return ActivityEvent.builder().email(email).product("Figma").timestamp(at(dayOffset)).build();
  }

  private static CheckInput with(ActivityEvent... events) {
    return input(List.of(person("p1").build()), List.of()).addSeats(Fx.seat("s1", "p1@example.com").build())
        .addEvents(events).build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("no events", with(), Status.NOT_APPLICABLE, ReasonCodes.NO_EVENTS),
        Arguments.of("events", with(event("a@x.io", 0)), Status.PASS, ReasonCodes.OK),
        Arguments.of("events only outside the window", with(event("a@x.io", -400)), Status.PASS, ReasonCodes.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesProduct(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "Figma");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void countsDistinctHoldersPerIsoWeek() {
    // asOf is Monday 2026-11-23 (ISO week 48); -1 is Sunday of week 47.
    CheckInput in = with(
        event("a@x.io", 0), event(" A@X.io", 0), event("b@x.io", 0),
        event("a@x.io", -1), event("c@x.io", -7),
        event("late@x.io", 1), event(null, 0));
    CheckResult r = Fx.result(check, in, "Figma", b -> b.trendPeriods(3));
    assertThat(r.evidence()).containsExactly(
        entry("granularity", "WEEK"), entry("2026-W46", "0"), entry("2026-W47", "2"), entry("2026-W48", "2"),
        entry("current", "2"), entry("previous", "2"), entry("change", "0"));
  }

  @Test
  void countsDistinctHoldersPerMonth() {
    CheckInput in = with(event("a@x.io", 0), event("a@x.io", -30), event("b@x.io", -30), event("c@x.io", -400));
    CheckResult r = Fx.result(check, in, "Figma", b -> b.trendPeriods(2).trendGranularity(TrendGranularity.MONTH));
    assertThat(r.evidence()).containsExactly(
        entry("granularity", "MONTH"), entry("2026-10", "2"), entry("2026-11", "1"),
        entry("current", "1"), entry("previous", "2"), entry("change", "-1"));
  }

  @Test
  void asOfAtTheStartOfTimeDoesNotThrow() {
    CheckInput in = with(event("a@x.io", 0));
    java.time.LocalDate asOf = java.time.LocalDate.MIN.plusDays(3);
    List<CheckResult> results = Fx.run(check, in, b -> b.asOf(asOf).trendPeriods(3));
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.subjectId()).isEqualTo("Figma");
      assertThat(r.evidence()).containsKey("out-of-range-2");
    });
  }

  private static java.util.Map.Entry<String, String> entry(String k, String v) {
    return java.util.Map.entry(k, v);
  }
}
