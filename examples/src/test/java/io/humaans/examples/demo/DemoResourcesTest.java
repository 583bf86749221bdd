package io.humaans.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.examples.csv.CsvRecord;
import io.humaans.examples.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoResourcesTest {
  private final DemoCompany company = DemoCompany.create();
  private final DemoOracle oracle = new DemoOracle(company);

  @Test
  void committedFilesEqualTheGeneratorOutput() throws IOException {
    Map<String, String> generated = new DemoResources(company).generate();

    assertThat(generated.keySet()).containsExactlyElementsOf(DemoResources.FILES);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(resourceText(file.getKey()))
          .as("%s differs from DemoResources output; rerun DemoResources.main", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void companionFilesHaveTheDocumentedHeaders() throws IOException {
    assertThat(DemoOracle.resource("accounts.csv").header())
        .containsExactly(
            "system",
            "id",
            "email",
            "accessLevel",
            "state",
            "lastActiveAt",
            "deactivatedAt",
            "nonHuman");
    assertThat(DemoOracle.resource("policy.csv").header())
        .containsExactly("system", "matchOn", "pattern", "accessLevels");
    assertThat(DemoOracle.resource("seats.csv").header())
        .containsExactly("product", "seatId", "email", "assignedAt", "lastActivityAt");
    assertThat(DemoOracle.resource("events.csv").header())
        .containsExactly("email", "product", "timestamp");
    assertThat(DemoOracle.resource("waivers.csv").header())
        .containsExactly("checkId", "subjectId", "reason", "expiresOn");
  }

  @Test
  void revokedAccountsBelongToLeaversAndEmployeeAccountsMatchOnePerson() throws IOException {
    int revoked = 0;
    for (CsvRecord account : DemoOracle.resource("accounts.csv").records()) {
      List<DemoPerson> holders = company.peopleWithEmail(account.get("email"));
      String email = account.get("email").toLowerCase(java.util.Locale.ROOT);
      if (email.endsWith("@" + DemoCompany.DOMAIN) && !email.startsWith("deploy-bot@")) {
        assertThat(holders).as(account.toString()).hasSize(1);
      }
      if (!account.get("state").equals("active")) {
        revoked++;
        assertThat(holders)
            .singleElement()
            .satisfies(p -> assertThat(oracle.left(p)).as(p.displayName()).isTrue());
        assertThat(account.get("deactivatedAt")).isNotEmpty();
      }
    }
    assertThat(revoked).isGreaterThanOrEqualTo(5);
  }

  @Test
  void seatLastActivityIsTheHoldersLatestEvent() throws IOException {
    Map<String, String> latest = new HashMap<>();
    for (CsvRecord event : DemoOracle.resource("events.csv").records()) {
      latest.merge(
          event.get("email").toLowerCase(java.util.Locale.ROOT) + "|" + event.get("product"),
          event.get("timestamp"),
          (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    CsvTable seats = DemoOracle.resource("seats.csv");
    for (CsvRecord seat : seats.records()) {
      String key = seat.get("email").toLowerCase(java.util.Locale.ROOT) + "|" + seat.get("product");
      assertThat(seat.optional("lastActivityAt"))
          .as(seat.toString())
          .isEqualTo(java.util.Optional.ofNullable(latest.get(key)));
    }
    assertThat(seats.records()).hasSizeGreaterThan(80);
  }

  private static String resourceText(String name) throws IOException {
    try (InputStream in = DemoResourcesTest.class.getResourceAsStream("/demo/" + name)) {
      assertThat(in).as("resource /demo/" + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
