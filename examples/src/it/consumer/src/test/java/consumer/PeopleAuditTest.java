package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.humaans.checks.Report;
import io.humaans.client.HumaansClient;
import io.humaans.examples.demo.DemoServer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A consumer's test against the embedded demo Humaans from humaans-testing. */
class PeopleAuditTest {
  @Test
  void countsAndAuditsTheDemoCompany() {
    try (DemoServer demo = DemoServer.startWithoutRateLimit();
        HumaansClient client = HumaansClient.builder()
            .token(DemoServer.FULL_ACCESS_TOKEN).baseUrl(demo.baseUrl()).build()) {
      PeopleAudit audit = new PeopleAudit(client);
      assertEquals(301, audit.countPeople());
      Report report = audit.audit(LocalDate.of(2026, 11, 23));
      assertTrue(report.toJson().contains("\"staff-role-assigned\""), report.toJson());
    }
  }
}
