package io.humaans.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ValueAdaptersTest {
  private final JsonAdapter<LocalTime> times = Json.moshi().adapter(LocalTime.class);
  private final JsonAdapter<LocalDate> dates = Json.moshi().adapter(LocalDate.class);
  private final JsonAdapter<Instant> instants = Json.moshi().adapter(Instant.class);
  private final JsonAdapter<BigDecimal> decimals = Json.moshi().adapter(BigDecimal.class);

  @Test
  void readsTimesOfDayInTheThreeAcceptedForms() throws Exception {
    assertThat(times.fromJson("\"08:30:00\"")).isEqualTo(LocalTime.of(8, 30));
    assertThat(times.fromJson("\"08:30\"")).isEqualTo(LocalTime.of(8, 30));
    assertThat(times.fromJson("\"8:30:15\"")).isEqualTo(LocalTime.of(8, 30, 15));
    assertThat(times.fromJson("\"23:59:59.500\"")).isEqualTo(LocalTime.of(23, 59, 59));
    assertThat(times.fromJson("null")).isNull();
  }

  @Test
  void writesTimesAsHoursMinutesSeconds() {
    assertThat(times.toJson(LocalTime.of(8, 5))).isEqualTo("\"08:05:00\"");
    assertThat(times.toJson(LocalTime.of(17, 45, 9, 999))).isEqualTo("\"17:45:09\"");
  }

  @Test
  void rejectsMalformedTimesWithPath() {
    for (String bad : new String[] {"\"8\"", "\"24:00\"", "\"08:3\"", "\"08-30\"", "\"08:30:\""}) {
      assertThatThrownBy(() -> times.fromJson(bad))
          .as(bad)
          .isInstanceOf(JsonDataException.class)
          .hasMessageStartingWith("Expected a time of day (HH:MM:SS) but was ")
          .hasMessageEndingWith(" at path $");
    }
  }

  @Test
  void datesRoundTripAndRejectImpossibleDays() throws Exception {
    assertThat(dates.fromJson("\"2024-02-29\"")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(dates.toJson(LocalDate.of(2025, 1, 9))).isEqualTo("\"2025-01-09\"");
    assertThatThrownBy(() -> dates.fromJson("\"2025-02-29\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a date (YYYY-MM-DD) but was '2025-02-29' at path $");
    assertThatThrownBy(() -> dates.fromJson("20250101"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("at path $");
  }

  @Test
  void instantsReadOffsetsAndWriteUtcWithMillis() throws Exception {
    assertThat(instants.fromJson("\"2020-01-28T08:44:42.000Z\""))
        .isEqualTo(Instant.parse("2020-01-28T08:44:42Z"));
    assertThat(instants.fromJson("\"2020-01-28T09:44:42+01:00\""))
        .isEqualTo(Instant.parse("2020-01-28T08:44:42Z"));
    assertThat(instants.toJson(Instant.parse("2020-01-28T08:44:42Z")))
        .isEqualTo("\"2020-01-28T08:44:42.000Z\"");
    assertThat(instants.toJson(Instant.parse("2020-01-28T08:44:42.123456Z")))
        .isEqualTo("\"2020-01-28T08:44:42.123456Z\"");
    assertThatThrownBy(() -> instants.fromJson("\"yesterday\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected an ISO-8601 timestamp but was 'yesterday' at path $");
  }

  @Test
  void decimalsReadStringsAndNumbersExactly() throws Exception {
    assertThat(decimals.fromJson("\"812500.00\"").toPlainString()).isEqualTo("812500.00");
    assertThat(decimals.fromJson("0.1").toPlainString()).isEqualTo("0.1");
    assertThat(decimals.fromJson("12345678901234567890.12"))
        .isEqualByComparingTo("12345678901234567890.12");
    assertThat(decimals.toJson(new BigDecimal("70000"))).isEqualTo("\"70000\"");
    assertThatThrownBy(() -> decimals.fromJson("\"seventy\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a decimal but was 'seventy' at path $");
    assertThatThrownBy(() -> decimals.fromJson("true"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a decimal string or number but was BOOLEAN at path $");
  }
}
