package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code people --format text|json|csv} on a three-person company, asserted byte for byte. */
class PeopleFormatsTest {
  private static final String PEOPLE =
      "{\"total\":3,\"limit\":250,\"skip\":0,\"data\":["
          + "{\"id\":\"p1\",\"firstName\":\"Grace\",\"lastName\":\"Hopper\","
          + "\"email\":\"grace@example.com\",\"status\":\"active\"},"
          + "{\"id\":\"p2\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
          + "\"email\":\"ada@example.com\",\"status\":\"active\"},"
          + "{\"id\":\"p3\",\"firstName\":\"Alan\",\"lastName\":\"Turing, Jr\","
          + "\"status\":\"offboarded\"}]}";
  private static final String ROLES =
      "{\"total\":2,\"limit\":250,\"skip\":0,\"data\":["
          + "{\"id\":\"r1\",\"personId\":\"p1\",\"jobTitle\":\"CTO\",\"department\":\"Engineering\","
          + "\"effectiveDate\":\"2020-01-01\"},"
          + "{\"id\":\"r2\",\"personId\":\"p2\",\"jobTitle\":\"Engineer \\\"Analytical\\\"\","
          + "\"department\":\"Engineering\",\"reportingTo\":\"p1\",\"effectiveDate\":\"2021-03-01\"}"
          + "]}";

  private final CliRun cli = new CliRun();
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String target = request.getTarget();
            String body =
                target.startsWith("/api/people")
                    ? PEOPLE
                    : target.startsWith("/api/job-roles") ? ROLES : null;
            return body == null
                ? new MockResponse.Builder().code(404).build()
                : new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .body(body)
                    .build();
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun.Result people(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "people";
    args[1] = "--as-of";
    args[2] = "2026-11-02";
    System.arraycopy(options, 0, args, 3, options.length);
    return cli.run(
        Map.of(
            "HUMAANS_API_TOKEN", "tok-people", "HUMAANS_BASE_URL", server.url("/api").toString()),
        args);
  }

  @Test
  void textIsAnAlignedTableSortedByName() {
    CliRun.Result r = people();

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .isEqualTo(
            ""
                + "NAME             EMAIL              STATUS      JOB TITLE              MANAGER\n"
                + "Ada Lovelace     ada@example.com    active      Engineer \"Analytical\"  Grace Hopper\n"
                + "Alan Turing, Jr  -                  offboarded  -                      -\n"
                + "Grace Hopper     grace@example.com  active      CTO                    -\n"
                + "3 people, job titles and managers as of 2026-11-02\n");
  }

  @Test
  void jsonIsAnArrayOfObjectsWithNullForBlank() {
    CliRun.Result r = people("--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .isEqualTo(
            "[\n"
                + "  {\n"
                + "    \"id\": \"p2\",\n"
                + "    \"name\": \"Ada Lovelace\",\n"
                + "    \"email\": \"ada@example.com\",\n"
                + "    \"status\": \"active\",\n"
                + "    \"jobTitle\": \"Engineer \\\"Analytical\\\"\",\n"
                + "    \"department\": \"Engineering\",\n"
                + "    \"managerId\": \"p1\",\n"
                + "    \"manager\": \"Grace Hopper\"\n"
                + "  },\n"
                + "  {\n"
                + "    \"id\": \"p3\",\n"
                + "    \"name\": \"Alan Turing, Jr\",\n"
                + "    \"email\": null,\n"
                + "    \"status\": \"offboarded\",\n"
                + "    \"jobTitle\": null,\n"
                + "    \"department\": null,\n"
                + "    \"managerId\": null,\n"
                + "    \"manager\": null\n"
                + "  },\n"
                + "  {\n"
                + "    \"id\": \"p1\",\n"
                + "    \"name\": \"Grace Hopper\",\n"
                + "    \"email\": \"grace@example.com\",\n"
                + "    \"status\": \"active\",\n"
                + "    \"jobTitle\": \"CTO\",\n"
                + "    \"department\": \"Engineering\",\n"
                + "    \"managerId\": null,\n"
                + "    \"manager\": null\n"
                + "  }\n"
                + "]\n");
    assertThat(r.err).isEqualTo("people 3/3\njob-roles 2/2\n");
  }

  @Test
  void csvQuotesWhatNeedsQuoting() {
    CliRun.Result r = people("--format=CSV");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .isEqualTo(
            ""
                + "id,name,email,status,jobTitle,department,managerId,manager\n"
                + "p2,Ada Lovelace,ada@example.com,active,\"Engineer \"\"Analytical\"\"\",Engineering,p1,"
                + "Grace Hopper\n"
                + "p3,\"Alan Turing, Jr\",,offboarded,,,,\n"
                + "p1,Grace Hopper,grace@example.com,active,CTO,Engineering,,\n");
  }

  @Test
  void csvAndTextKeepHostileNamesInertAndOnTheirLine() {
    Directory directory =
        Directory.builder()
            .addPeople(
                Person.builder()
                    .id("p1")
                    .firstName("=HYPERLINK(\"http://evil.example\",\"Open\")")
                    .email("@x.example")
                    .status("active")
                    .build(),
                Person.builder()
                    .id("p2")
                    .firstName("Ada\np9  fake@x.example  active")
                    .status("active")
                    .build())
            .build();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    PeopleListing.print(
        directory,
        LocalDate.of(2026, 11, 2),
        CliOptions.Format.CSV,
        new PrintStream(csv, true, StandardCharsets.UTF_8));
    PeopleListing.print(
        directory,
        LocalDate.of(2026, 11, 2),
        CliOptions.Format.TEXT,
        new PrintStream(text, true, StandardCharsets.UTF_8));

    assertThat(csv.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "id,name,email,status,jobTitle,department,managerId,manager\n"
                + "p1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",'@x.example,active,,,,\n"
                + "p2,\"Ada\np9  fake@x.example  active\",,active,,,,\n");
    assertThat(text.toString(StandardCharsets.UTF_8).lines())
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).startsWith("Ada\uFFFDp9  fake@x.example  active "));
  }
}
