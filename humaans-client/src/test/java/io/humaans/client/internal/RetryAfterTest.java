package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void readsDeltaSeconds() {
    assertThat(RetryAfter.parse("3", CLOCK)).contains(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse(" 120 ", CLOCK)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsFractionalSeconds() {
    assertThat(RetryAfter.parse("1.5", CLOCK)).contains(Duration.ofMillis(1500));
  }

  @Test
  void zeroAndNegativeSecondsAreZero() {
    assertThat(RetryAfter.parse("0", CLOCK)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("-5", CLOCK)).contains(Duration.ZERO);
  }

  @Test
  void hugeSecondsSaturateInsteadOfFailing() {
    assertThat(RetryAfter.parse("99999999999999999999999", CLOCK))
        .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365 * 1000L)));
  }

  @Test
  void readsHttpDateRelativeToClock() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:28:45 GMT", CLOCK))
        .contains(Duration.ofSeconds(45));
  }

  @Test
  void pastHttpDateIsZero() {
    assertThat(RetryAfter.parse("Tue, 20 Oct 2026 07:28:00 GMT", CLOCK)).contains(Duration.ZERO);
  }

  @Test
  void absentIsEmpty() {
    assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "  ", "soon", "3s", "1e3", "Someday, 99 Foo 2026 07:28:00 GMT", "2026-10-21"})
  void garbageIsEmpty(String value) {
    assertThat(RetryAfter.parse(value, CLOCK)).isEmpty();
  }
}
