package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.json.Json;
import org.junit.jupiter.api.Test;

class OpenEnumTest {

  @Test
  void knownValuesMapToSharedConstants() {
    assertThat(PersonStatus.of("newHire")).isSameAs(PersonStatus.NEW_HIRE);
    assertThat(PersonStatus.of("active").known()).isEqualTo(PersonStatus.Known.ACTIVE);
    assertThat(TimeAwayRequestStatus.of("declined")).isSameAs(TimeAwayRequestStatus.DECLINED);
    assertThat(TimeAwayRequestStatus.of("pending").known())
        .isEqualTo(TimeAwayRequestStatus.Known.PENDING);
    assertThat(TimeAwayRequestStatus.of("rejected").known())
        .isEqualTo(TimeAwayRequestStatus.Known.UNKNOWN);
    assertThat(TimeAwayRequestStatus.of("rejected").value()).isEqualTo("rejected");
    assertThat(DayPeriod.of("am").isKnown()).isTrue();
    assertThat(CompensationPeriod.of("hourly")).isEqualTo(CompensationPeriod.HOURLY);
  }

  @Test
  void unknownValuesKeepTheRawStringAndCompareByIt() {
    PersonStatus alumni = PersonStatus.of("alumni");
    assertThat(alumni.isKnown()).isFalse();
    assertThat(alumni.known()).isEqualTo(PersonStatus.Known.UNKNOWN);
    assertThat(alumni.value()).isEqualTo("alumni");
    assertThat(alumni).hasToString("alumni").isEqualTo(PersonStatus.of("alumni"));
    assertThat(alumni.hashCode()).isEqualTo("alumni".hashCode());
    assertThat(PersonStatus.of("Active")).isNotEqualTo(PersonStatus.ACTIVE);
    assertThat(PersonStatus.of("Active").known()).isEqualTo(PersonStatus.Known.UNKNOWN);
  }

  @Test
  void ofRejectsNull() {
    assertThatThrownBy(() -> DayPeriod.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("raw == null");
  }

  @Test
  void jsonReadsAndWritesRawValues() throws Exception {
    JsonAdapter<DayPeriod> adapter = Json.moshi().adapter(DayPeriod.class);
    assertThat(adapter.fromJson("\"pm\"")).isSameAs(DayPeriod.PM);
    assertThat(adapter.fromJson("\"evening\"").value()).isEqualTo("evening");
    assertThat(adapter.fromJson("null")).isNull();
    assertThat(adapter.toJson(DayPeriod.of("evening"))).isEqualTo("\"evening\"");
    assertThat(adapter.toJson(DayPeriod.FULL)).isEqualTo("\"full\"");
  }
}
