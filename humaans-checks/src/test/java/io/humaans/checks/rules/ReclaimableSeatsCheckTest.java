package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.at;
import static io.humaans.checks.rules.Fx.day;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static io.humaans.checks.rules.Fx.seat;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReclaimableSeatsCheckTest {
  private final ReclaimableSeatsCheck check = new ReclaimableSeatsCheck();

  private static CheckInput with(Person p, Seat s) {
    return input(List.of(p), List.of()).addSeats(s).build();
  }

  private static Seat.Builder s1() {
    return seat("s1", "p1@example.com");
  }

  static Stream<Arguments> cases() {
    Person p = person("p1").build();
    return Stream.of(
        Arguments.of("active yesterday", with(p, s1().build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("last activity exactly 30 days ago", with(p, s1().lastActivityAt(at(-30)).build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("last activity 31 days ago", with(p, s1().lastActivityAt(at(-31)).build()), Status.FAIL, ReasonCodes.INACTIVE),
        Arguments.of("activity in the future", with(p, s1().lastActivityAt(Instant.parse("9999-01-01T00:00:00Z")).build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("never used, assigned exactly 30 days ago", with(p, s1().lastActivityAt((Instant) null).assignedAt(at(-30)).build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("never used, assigned 31 days ago", with(p, s1().lastActivityAt((Instant) null).assignedAt(at(-31)).build()), Status.FAIL, ReasonCodes.NEVER_USED),
        Arguments.of("never used, assigned long ago", with(p, s1().lastActivityAt((Instant) null).assignedAt(Instant.MIN).build()), Status.FAIL, ReasonCodes.NEVER_USED),
        Arguments.of("never used, assignment unknown", with(p, s1().lastActivityAt((Instant) null).assignedAt((Instant) null).build()), Status.INCOMPLETE, ReasonCodes.ASSIGNED_DATE_UNKNOWN),
        Arguments.of("holder left", with(person("p1").status("offboarded").build(), s1().build()), Status.FAIL, ReasonCodes.HOLDER_LEFT),
        Arguments.of("holder unknown", with(p, seat("s1", "ghost@example.com").build()), Status.FAIL, ReasonCodes.HOLDER_UNKNOWN),
        Arguments.of("holder email missing", with(p, seat("s1", null).build()), Status.FAIL, ReasonCodes.HOLDER_UNKNOWN),
        Arguments.of("holder unknown on a partial directory", CheckInput.builder().from(with(p, seat("s1", "ghost@example.com").build()))
            .directory(Fx.partial(with(p, s1().build()).directory())).build(), Status.INCOMPLETE, ReasonCodes.PARTIAL_DIRECTORY),
        Arguments.of("pre-hire never used", with(person("p1").employmentStartDate(day(7)).build(), s1().lastActivityAt((Instant) null).assignedAt(at(-60)).build()), Status.PASS, ReasonCodes.PRE_HIRE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesSeat(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "s1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
    assertThat(r.evidence()).containsEntry("product", "Figma");
  }

  @Test
  void inactivityDaysAreConfigurable() {
    CheckInput in = with(person("p1").build(), s1().lastActivityAt(at(-8)).build());
    assertThat(Fx.result(check, in, "s1", b -> b.inactivityDays(7)).reasonCode()).isEqualTo(ReasonCodes.INACTIVE);
    assertThat(Fx.result(check, in, "s1", b -> b.inactivityDays(8)).reasonCode()).isEqualTo(ReasonCodes.OK);
  }
}
