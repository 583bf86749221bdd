package io.humaans.checks.rules;

import static io.humaans.checks.Status.NOT_APPLICABLE;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Report;
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
        when("no events at all", c -> c, NOT_APPLICABLE, ReasonCodes.NO_EVENTS),
        when("an event today", c -> c.event("a@x.io", 0), PASS, ReasonCodes.OK),
        when("events only outside the window", c -> c.event("a@x.io", -400), PASS, ReasonCodes.OK),
        when(
            "events of another product only",
            c -> c.event("Miro", "a@x.io", -3),
            PASS,
            ReasonCodes.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAProduct(String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(figma()).judge(check, "Figma");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  static Stream<Arguments> flatUsage() {
    // Offsets from Monday 2026-11-23 cover every weekday, and the end of a month (+7 = 30 Nov).
    return Stream.of(TrendGranularity.values())
        .flatMap(g -> Stream.of(0, 1, 2, 3, 4, 5, 6, 7).map(d -> Arguments.of(g, d)));
  }

  @ParameterizedTest(name = "{0}, asOf = 2026-11-23 + {1}")
  @MethodSource("flatUsage")
  void tenUsersActiveEveryDayReadAsNoChange(TrendGranularity granularity, int offset) {
    Company c = figma().configure(b -> b.asOf(Company.day(offset)).trendGranularity(granularity));
    for (int user = 0; user < 10; user++) {
      for (int day = offset - 69; day <= offset; day++) {
        c.event("u" + user + "@x.io", day);
      }
    }
    CheckResult r = c.judge(check, "Figma");
    assertThat(r.evidence())
        .contains(entry("current", "10"), entry("previous", "10"), entry("change", "0"));
  }

  @Test
  void weeksAreTheLastTwoCompleteOnesAndTheirDatesAreNamed() {
    // asOf is Monday 2026-11-23: the current week is W47 (16-22 Nov), not W48, just begun.
    CheckResult r =
        figma()
            .event("a@x.io", -1)
            .event(" A@X.io", -2)
            .event("b@x.io", -7)
            .event("c@x.io", -8)
            .event("d@x.io", -9)
            .event("e@x.io", -14)
            .event("today@x.io", 0)
            .event("late@x.io", 1)
            .event(null, -1)
            .configure(b -> b.trendPeriods(3))
            .judge(check, "Figma");
    assertThat(r.evidence())
        .containsExactly(
            entry("granularity", "WEEK"),
            entry("currentPeriod", "2026-11-16/2026-11-22"),
            entry("previousPeriod", "2026-11-09/2026-11-15"),
            entry("current", "2"),
            entry("previous", "3"),
            entry("change", "-1"),
            entry("assignedSeats", "1"),
            entry("utilisation", "2"),
            entry("reclaimableSeats", "0"),
            entry(
                "series",
                "[{\"period\":\"2026-W45\",\"activeHolders\":0,\"assignedSeats\":1,"
                    + "\"utilisation\":0},{\"period\":\"2026-W46\",\"activeHolders\":3,"
                    + "\"assignedSeats\":1,\"utilisation\":3},{\"period\":\"2026-W47\","
                    + "\"activeHolders\":2,\"assignedSeats\":1,\"utilisation\":2}]"),
            entry("reclaimable", "[]"));
  }

  @Test
  void aRiseBetweenCompleteMonthsIsPositive() {
    // asOf 2026-11-23: current is October, previous September; November has only begun.
    CheckResult r =
        figma()
            .event("a@x.io", -60)
            .event("a@x.io", -30)
            .event("b@x.io", -30)
            .event("c@x.io", -25)
            .event("d@x.io", -1)
            .event("e@x.io", -2)
            .configure(b -> b.trendPeriods(2).trendGranularity(TrendGranularity.MONTH))
            .judge(check, "Figma");
    assertThat(r.evidence())
        .contains(
            entry("granularity", "MONTH"),
            entry("currentPeriod", "2026-10-01/2026-10-31"),
            entry("previousPeriod", "2026-09-01/2026-09-30"),
            entry("current", "3"),
            entry("previous", "1"),
            entry("change", "2"),
            entry("utilisation", "3"));
  }

  @Test
  void theJsonHasNumbersAndAnOrderedSeries() {
    Report report = figma().event("a@x.io", -3).configure(b -> b.trendPeriods(2)).report(check);
    assertThat(report.toJson())
        .contains(
            "\"evidence\": {\"granularity\": \"WEEK\", \"currentPeriod\": \"2026-11-16/2026-11-22\","
                + " \"previousPeriod\": \"2026-11-09/2026-11-15\", \"current\": 1, \"previous\": 0,"
                + " \"change\": 1, \"assignedSeats\": 1, \"utilisation\": 1, \"reclaimableSeats\": 0,"
                + " \"series\": [{\"period\":\"2026-W46\",\"activeHolders\":0,\"assignedSeats\":1,"
                + "\"utilisation\":0},{\"period\":\"2026-W47\",\"activeHolders\":1,\"assignedSeats\":1,"
                + "\"utilisation\":1}], \"reclaimable\": []}}");
  }

  @Test
  void seatsWithoutEventsAreIdleAndReclaimable() {
    CheckResult r =
        company()
            .employee("p1")
            .employee("p2")
            .employee("p3")
            .seat("s1", "p1@example.com", s -> s)
            .seat("s2", "p2@example.com", s -> s.lastActivityAt(Company.at(-40)))
            // s3 is assigned on 20 Nov, in the current week (W47) only.
            .seat(
                "s3",
                "p3@example.com",
                s -> s.assignedAt(Company.at(-3)).lastActivityAt((java.time.Instant) null))
            .event("Miro", "p1@example.com", -3)
            .configure(b -> b.trendPeriods(2))
            .judge(check, "Figma");
    assertThat(r.status()).isEqualTo(PASS);
    assertThat(r.evidence())
        .contains(
            entry("current", "0"),
            entry("previous", "0"),
            entry("change", "0"),
            entry("assignedSeats", "3"),
            entry("utilisation", "0"),
            entry("reclaimableSeats", "1"),
            entry(
                "series",
                "[{\"period\":\"2026-W46\",\"activeHolders\":0,\"assignedSeats\":2,"
                    + "\"utilisation\":0},{\"period\":\"2026-W47\",\"activeHolders\":0,\"assignedSeats\":3,"
                    + "\"utilisation\":0}]"),
            entry(
                "reclaimable",
                "[{\"seatId\":\"s2\",\"email\":\"p2@example.com\","
                    + "\"reason\":\"INACTIVE\",\"lastActivityAt\":\"2026-10-14T10:00:00Z\"}]"));
  }

  @Test
  void eventsWithoutSeatsHaveNoUtilisation() {
    CheckResult r =
        company()
            .event("Miro", "a@x.io", -3)
            .event("Miro", "b@x.io", -3)
            .configure(b -> b.trendPeriods(2))
            .judge(check, "Miro");
    assertThat(r.evidence())
        .contains(
            entry("current", "2"),
            entry("assignedSeats", "0"),
            entry("reclaimableSeats", "0"),
            entry(
                "series",
                "[{\"period\":\"2026-W46\",\"activeHolders\":0,\"assignedSeats\":0,"
                    + "\"utilisation\":null},{\"period\":\"2026-W47\",\"activeHolders\":2,"
                    + "\"assignedSeats\":0,\"utilisation\":null}]"))
        .doesNotContainKey("utilisation");
  }

  @Test
  void eventsAndSeatsOfOneProductInAnotherCaseAreOneProduct() {
    // Seats exported as "Figma", events as "figma ": one product, not a 0% used "Figma".
    Company c =
        figma()
            .employee("p2")
            .seat("s2", "p2@example.com", s -> s.product("FIGMA"))
            .event("figma ", "p1@example.com", -3)
            .event("figma ", "p2@example.com", -3)
            .configure(b -> b.trendPeriods(2));
    assertThat(c.subjects(check)).containsExactly("FIGMA");
    assertThat(c.judge(check, "FIGMA").evidence())
        .contains(
            entry("current", "2"),
            entry("assignedSeats", "2"),
            entry("utilisation", "1"),
            entry("reclaimableSeats", "0"),
            entry(
                "series",
                "[{\"period\":\"2026-W46\",\"activeHolders\":0,\"assignedSeats\":2,"
                    + "\"utilisation\":0},{\"period\":\"2026-W47\",\"activeHolders\":2,"
                    + "\"assignedSeats\":2,\"utilisation\":1}]"));
  }

  @Test
  void withoutAnyEventsEachProductIsNotApplicableWithItsSeats() {
    CheckResult r = figma().judge(check, "Figma");
    assertThat(r.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(r.evidence()).containsExactly(entry("assignedSeats", "1"));
  }

  @Test
  void reclaimableSeatsAgreeWithTheReclaimableSeatsCheck() {
    Company c =
        company()
            .employee("p1")
            .employee("gone", p -> p.status("offboarded"))
            .person("new", p -> p.status("newHire"))
            .seat("s1", "p1@example.com", s -> s.lastActivityAt(Company.at(-31)))
            .seat("s2", "gone@example.com", s -> s)
            .seat("s3", "nobody@example.com", s -> s)
            .seat("s4", "new@example.com", s -> s.lastActivityAt((java.time.Instant) null))
            .seat(
                "s5",
                "p1@example.com",
                s -> s.lastActivityAt((java.time.Instant) null).assignedAt(Company.at(-31)))
            .seat(
                "s6",
                "p1@example.com",
                s ->
                    s.lastActivityAt((java.time.Instant) null).assignedAt((java.time.Instant) null))
            .event("p1@example.com", -3);
    Report report = Checks.run(List.of(check, new ReclaimableSeatsCheck()), c.context());
    assertThat(report.reclaimableSeatsByProduct()).containsExactly(entry("Figma", 4));
    assertThat(c.judge(check, "Figma").evidence()).contains(entry("reclaimableSeats", "4"));
  }

  @Test
  void reclaimableSeatsByProductAgreesWithTheTrendWhenSpellingsDiffer() {
    // Seats spelled "Slack", "slack " and "SLACK", events "slack": one product in both views.
    Company c =
        company()
            .employee("p1")
            .person("gone", p -> p.status("offboarded"))
            .seat("s1", "ghost@example.com", s -> s.product("Slack"))
            .seat("s2", "gone@example.com", s -> s.product("slack "))
            .seat("s3", "p1@example.com", s -> s.product("SLACK"))
            .event("slack", "p1@example.com", -3);
    Report report = Checks.run(List.of(check, new ReclaimableSeatsCheck()), c.context());
    assertThat(report.reclaimableSeatsByProduct()).containsExactly(entry("SLACK", 2));
    assertThat(c.subjects(check)).containsExactly("SLACK");
    assertThat(c.judge(check, "SLACK").evidence()).contains(entry("reclaimableSeats", "2"));
  }

  @Test
  void reclaimableSeatsByProductIsNamedLikeTheTrendEvenByAnEventSpelling() {
    // The events' "FIGMA" sorts before the seats' "Figma": both views name the product "FIGMA".
    Company c = company().seat("s1", "ghost@example.com", s -> s).event("FIGMA", "a@x.io", -3);
    Report report = Checks.run(List.of(check, new ReclaimableSeatsCheck()), c.context());
    assertThat(report.reclaimableSeatsByProduct()).containsExactly(entry("FIGMA", 1));
    assertThat(c.subjects(check)).containsExactly("FIGMA");
  }

  @Test
  void anAsOfAtTheStartOfTimeDoesNotThrow() {
    List<CheckResult> results =
        figma()
            .event("a@x.io", 0)
            .configure(b -> b.asOf(LocalDate.MIN.plusDays(3)).trendPeriods(3))
            .results(check);
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.subjectId()).isEqualTo("Figma");
              assertThat(r.evidence().get("series")).contains("out-of-range-2");
            });
  }

  @Test
  void noEventsIsANotApplicableOutcome() {
    assertThat(figma().outcome(check).status()).isEqualTo(NOT_APPLICABLE);
    assertThat(company().outcome(check).status()).as("no product at all").isEqualTo(NOT_APPLICABLE);
    assertThat(figma().event("p1@example.com", 0).outcome(check).status()).isEqualTo(PASS);
  }
}
