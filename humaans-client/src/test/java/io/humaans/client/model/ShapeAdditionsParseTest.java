package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields added from sources that reuse the official sample ids (issue 16). */
class ShapeAdditionsParseTest {

  @Test
  void webhookEventHasCreatedAt() {
    WebhookEvent event = Fixtures.data("webhook-events.json", WebhookEvent.class).get(0);
    assertThat(event.createdAt()).contains(Instant.parse("2025-03-01T12:35:00Z"));
    assertThat(event.timestamp()).contains(Instant.parse("2025-03-01T12:35:00.250Z"));
    assertThat(event.extraProperties()).isEmpty();
  }

  @Test
  void publicHolidayCalendarHasCountryCode() {
    List<PublicHolidayCalendar> rows =
        Fixtures.data("public-holiday-calendars.json", PublicHolidayCalendar.class);
    assertThat(rows.get(0).countryCode()).contains("NO");
    assertThat(rows.get(1).countryCode()).isEmpty();
    assertThat(rows.get(0).extraProperties()).isEmpty();
  }

  @Test
  void rejectedReadsAsAnUnknownRequestStatus() throws Exception {
    TimeAway row =
        io.humaans.client.internal.json.Json.moshi()
            .adapter(TimeAway.class)
            .fromJson("{\"id\":\"Ta1\",\"requestStatus\":\"rejected\"}");
    TimeAwayRequestStatus status = row.requestStatus().orElseThrow();
    assertThat(status.known()).isEqualTo(TimeAwayRequestStatus.Known.UNKNOWN);
    assertThat(status.value()).isEqualTo("rejected");
  }
}
