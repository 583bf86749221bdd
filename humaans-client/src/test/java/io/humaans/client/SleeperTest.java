package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SleeperTest {

  @Test
  void defaultCancellableSleepDelegatesToSleepAndIgnoresTheSignal() throws Exception {
    List<Duration> slept = new ArrayList<>();
    Sleeper recording = slept::add;
    AtomicInteger checks = new AtomicInteger();

    recording.sleep(Duration.ofSeconds(7), () -> checks.incrementAndGet() > 0);

    assertThat(slept).containsExactly(Duration.ofSeconds(7));
    assertThat(checks).hasValue(0);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // guards against a hang only
  void systemSleeperReturnsAtOnceWhenAlreadyCanceled() throws Exception {
    AtomicInteger checks = new AtomicInteger();

    Sleeper.system().sleep(Duration.ofDays(1), () -> checks.incrementAndGet() > 0);

    assertThat(checks).hasValue(1);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // guards against a hang only
  void systemSleeperStopsAtTheFirstCheckThatFindsItCanceled() throws Exception {
    AtomicInteger checks = new AtomicInteger();

    Sleeper.system().sleep(Duration.ofDays(1), () -> checks.incrementAndGet() >= 2);

    assertThat(checks).hasValue(2);
  }

  @Test
  void systemSleeperDoesNotWaitOrCheckForZeroOrNegativeDurations() throws Exception {
    AtomicInteger checks = new AtomicInteger();

    Sleeper.system().sleep(Duration.ZERO, () -> checks.incrementAndGet() > 0);
    Sleeper.system().sleep(Duration.ofSeconds(-1), () -> checks.incrementAndGet() > 0);
    Sleeper.system().sleep(Duration.ZERO);

    assertThat(checks).hasValue(0);
  }

  @Test
  void systemSleeperChecksAtLeastEveryFiftyMilliseconds() {
    assertThat(SystemSleeper.SLICE).isEqualTo(Duration.ofMillis(50));
    assertThat(Sleeper.system()).isSameAs(Sleeper.system()).hasToString("Sleeper.system()");
  }
}
