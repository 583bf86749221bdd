package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.model.Compensation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** CompensationQuery's request and the definition of a person's current compensation. */
class CurrentCompensationsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static final LocalDate DAY = LocalDate.of(2024, 7, 1);

  private static Compensation row(
      String id, String person, String effective, String end, String created) {
    Compensation.Builder b =
        Compensation.builder()
            .id(id)
            .personId(person)
            .effectiveDate(LocalDate.parse(effective))
            .amount(new BigDecimal("1"));
    if (end != null) {
      b.endDate(LocalDate.parse(end));
    }
    if (created != null) {
      b.createdAt(Instant.parse(created));
    }
    return b.build();
  }

  @Test
  void compensationQuerySendsAsOfAndFiltersLiterally() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body("{\"total\":0,\"limit\":250,\"skip\":0,\"data\":[]}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      client
          .compensations()
          .list(
              CompensationQuery.builder()
                  .personId("p1")
                  .compensationTypeId("ct1")
                  .asOf(DAY)
                  .limit(50)
                  .build())
          .toList();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/api/compensations?personId=p1&compensationTypeId=ct1&$asOf=2024-07-01&$limit=50&$skip=0");
  }

  @Test
  void readListsEffectiveRowsAndPicksTheCurrentOneOfTheFixture() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(io.humaans.client.model.Fixtures.read("compensations.json"))
            .build());
    Map<String, Compensation> current;
    try (HumaansClient client = TestClients.client(server)) {
      current = CurrentCompensations.read(client, DAY);
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/compensations?effectiveDate[$lte]=2024-07-01&$limit=250&$skip=0");
    assertThat(current).containsOnlyKeys("Qw7hT2mZpL9vXc4RbN8sKd1F");
    assertThat(current.get("Qw7hT2mZpL9vXc4RbN8sKd1F").id()).isEqualTo("Cp6rT3wQ9yU2iO5pA8sD1fGh");
    assertThat(current.get("Qw7hT2mZpL9vXc4RbN8sKd1F").amount())
        .contains(new BigDecimal("812500.00"));
  }

  @Test
  void latestEffectiveRowOnOrBeforeTheDayWins() {
    Map<String, Compensation> current =
        CurrentCompensations.on(
            List.of(
                row("a-old", "A", "2022-01-01", null, null),
                row("a-new", "A", "2024-07-01", null, null),
                row("a-future", "A", "2024-07-02", null, null),
                row("b-only", "B", "2023-03-01", null, null)),
            DAY);

    assertThat(current.keySet()).containsExactly("A", "B");
    assertThat(current.get("A").id()).isEqualTo("a-new");
    assertThat(current.get("B").id()).isEqualTo("b-only");
  }

  @Test
  void endedRowsAreNotCurrentButAnEndOnTheDayStillIs() {
    Map<String, Compensation> current =
        CurrentCompensations.on(
            List.of(
                row("a-ended", "A", "2024-01-01", "2024-06-30", null),
                row("b-ends-today", "B", "2024-01-01", "2024-07-01", null),
                row("c-ended-only", "C", "2020-01-01", "2021-01-01", null)),
            DAY);

    assertThat(current.keySet()).containsExactly("B");
    assertThat(current.get("B").id()).isEqualTo("b-ends-today");
  }

  @Test
  void tiesGoToLatestCreatedThenGreatestIdWhateverTheOrder() {
    Compensation older = row("x2", "A", "2024-01-01", null, "2024-01-01T00:00:00Z");
    Compensation newer = row("x1", "A", "2024-01-01", null, "2024-02-01T00:00:00Z");
    Compensation noCreatedAt = row("x9", "A", "2024-01-01", null, null);
    assertThat(CurrentCompensations.on(List.of(older, newer, noCreatedAt), DAY).get("A").id())
        .isEqualTo("x1");
    assertThat(CurrentCompensations.on(List.of(noCreatedAt, newer, older), DAY).get("A").id())
        .isEqualTo("x1");
    Compensation y1 = row("y1", "B", "2024-01-01", null, null);
    Compensation y2 = row("y2", "B", "2024-01-01", null, null);
    assertThat(CurrentCompensations.on(List.of(y1, y2), DAY).get("B").id()).isEqualTo("y2");
    assertThat(CurrentCompensations.on(List.of(y2, y1), DAY).get("B").id()).isEqualTo("y2");
  }

  @Test
  void rowsWithoutPersonOrEffectiveDateAreIgnored() {
    Compensation noPerson = Compensation.builder().id("n1").effectiveDate(DAY).build();
    Compensation noDate = Compensation.builder().id("n2").personId("A").build();
    assertThat(CurrentCompensations.on(List.of(noPerson, noDate), DAY)).isEmpty();
  }
}
