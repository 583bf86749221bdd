package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.humaans.examples.demo.DemoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HumaansCliTest {
  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final List<String> FILES =
      List.of("accounts.csv", "policy.csv", "seats.csv", "events.csv", "waivers.csv");

  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private DemoServer demo;

  @BeforeEach
  void startDemoAndCopyFiles() throws IOException {
    demo = DemoServer.start();
    for (String name : FILES) {
      Files.writeString(dir.resolve(name), DemoFiles.text(name), StandardCharsets.UTF_8);
    }
  }

  @AfterEach
  void stopDemo() {
    demo.close();
  }

  private Map<String, String> env(String token) {
    return Map.of("HUMAANS_API_TOKEN", token, "HUMAANS_BASE_URL", demo.baseUrl());
  }

  /** The report command against the test's demo server, with every companion file. */
  private CliRun.Result report(String token, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--as-of",
                "2026-11-02",
                "--accounts",
                file("accounts.csv"),
                "--policy",
                file("policy.csv"),
                "--seats",
                file("seats.csv"),
                "--events",
                file("events.csv"),
                "--waivers",
                file("waivers.csv")));
    args.addAll(List.of(extra));
    return cli.run(env(token), args.toArray(String[]::new));
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> json, String name) {
    return (List<Map<String, Object>>) json.get(name);
  }

  private static Map<String, Object> result(
      Map<String, Object> report, String checkId, String subjectId) {
    return list(report, "results").stream()
        .filter(r -> r.get("checkId").equals(checkId) && r.get("subjectId").equals(subjectId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result " + checkId + " " + subjectId));
  }

  private static Map<String, String> outcomes(Map<String, Object> report) {
    return list(report, "checks").stream()
        .collect(Collectors.toMap(c -> (String) c.get("checkId"), c -> (String) c.get("status")));
  }

  @Test
  void reportDemoPrintsReadableSummaryAndExitsOneBecauseDemoHasFaults() {
    CliRun.Result r = cli.run(Map.of(), "report", "--demo");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out)
        .startsWith("Compliance report as of 2026-11-02\n")
        .contains("Checks: 12 run, 11 fail, 0 incomplete, 0 not applicable, 1 pass")
        .contains("  FAIL       staff-role-assigned          272 pass, 3 fail\n")
        .contains(
            "    Noor Haddad <noor.haddad@northwind-labs.example> (5S1TA7MSPQkWxF0vqydBQWrK):"
                + " NO_JOB_ROLE. ")
        .contains(
            "    github Oliver.Grant@Northwind-Labs.Example (gh-110919):"
                + " ACCESS_AFTER_LEAVING. ")
        .contains("Reclaimable seats: figma 3, salesforce 2");
    assertThat(r.out.indexOf("FAIL       access-valid"))
        .isLessThan(r.out.indexOf("PASS       activity-trend"));
    assertThat(r.err)
        .startsWith("Using the embedded demo company")
        .contains("people 250/301\npeople 301/301\njob-roles 250/357\n");
  }

  @Test
  void noTokenMeansDemoModeWithANoteOnStderr() {
    CliRun.Result r = cli.run(Map.of(), "scopes");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.OK);
    assertThat(r.err).startsWith("HUMAANS_API_TOKEN is not set: using the embedded demo company");
    assertThat(r.out).contains("  private:read ").contains("can read everything the checks need");
  }

  @Test
  void reportJsonIsExactlyTheReportWithTheDemoReadmeFaults() {
    CliRun.Result r = report(DemoServer.FULL_ACCESS_TOKEN, "--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out).startsWith("{\n").endsWith("}\n");
    Map<String, Object> json = parse(r.out);
    assertThat(json).containsEntry("asOf", "2026-11-02").containsEntry("partial", false);
    assertThat(result(json, "staff-role-assigned", "5S1TA7MSPQkWxF0vqydBQWrK"))
        .containsEntry("status", "FAIL")
        .containsEntry("reasonCode", "NO_JOB_ROLE");
    assertThat(result(json, "offboarded-access-removed", "gh-110919"))
        .containsEntry("status", "FAIL")
        .containsEntry("reasonCode", "ACCESS_AFTER_LEAVING");
    assertThat(result(json, "offboarded-access-removed", "AIDA1HIGJ"))
        .containsEntry("status", "FAIL")
        .containsEntry("reasonCode", "REVOKED_LATE");
    assertThat(result(json, "reclaimable-seats", "sf-0085"))
        .containsEntry("status", "FAIL")
        .containsEntry("reasonCode", "HOLDER_LEFT");
    assertThat(result(json, "reclaimable-seats", "fig-0086"))
        .containsEntry("status", "FAIL")
        .containsEntry("reasonCode", "HOLDER_LEFT");
    assertThat(result(json, "user-identified", "AIDA1H04M"))
        .containsEntry("status", "WAIVED")
        .containsEntry("reasonCode", "UNIDENTIFIED");
    assertThat(result(json, "reporting-manager-assigned", "twuxrbnjkW89LG4uFBhCw3zF"))
        .as("the waiver expired on 2026-09-30")
        .containsEntry("status", "FAIL")
        .containsEntry("reasonCode", "UNKNOWN_MANAGER");
    assertThat(outcomes(json)).containsEntry("activity-trend", "PASS").hasSize(12);
    assertThat(r.err).contains("people 301/301");
  }

  @Test
  void publicOnlyTokenMakesLeaverChecksIncompleteAndUnmatchedAccountsPartial() {
    CliRun.Result r = report(DemoServer.PUBLIC_ONLY_TOKEN, "--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    Map<String, Object> json = parse(r.out);
    assertThat(json).containsEntry("partial", true).containsEntry("scopes", List.of("public:read"));
    // Each of the four is INCOMPLETE unless a visible (employed) person fails it.
    assertThat(outcomes(json))
        .containsEntry("offboarded-access-removed", "INCOMPLETE")
        .containsEntry("joining-date-provided", "FAIL") // Tom Lindqvist is employed, so visible
        .containsEntry("employment-dates-consistent", "FAIL") // Ravi Patel is employed
        .containsEntry("reclaimable-seats", "FAIL"); // Noah Fischer's seat is inactive
    assertThat(list(json, "checks"))
        .extracting(c -> c.get("checkId"), c -> c.get("missingScopes"))
        .contains(
            tuple("joining-date-provided", List.of("private:read")),
            tuple("offboarded-access-removed", List.of("private:read")),
            tuple("reclaimable-seats", List.of("private:read")),
            tuple("employment-dates-consistent", List.of("private:read")));
    assertThat(result(json, "user-identified", "gh-110919"))
        .as("Oliver Grant left, so the token cannot see him")
        .containsEntry("status", "INCOMPLETE")
        .containsEntry("reasonCode", "PARTIAL_DIRECTORY");
    assertThat(result(json, "reclaimable-seats", "sf-0085"))
        .containsEntry("status", "INCOMPLETE")
        .containsEntry("reasonCode", "PARTIAL_DIRECTORY");
    assertThat(result(json, "reporting-manager-assigned", "wgWqhFEEyTJ0Aezl7rrrrI83"))
        .as("the manager may be a hidden leaver or pre-hire: no verdict (#9, was UNKNOWN_MANAGER)")
        .containsEntry("status", "INCOMPLETE")
        .containsEntry("reasonCode", "PARTIAL_DIRECTORY");
    assertThat(result(json, "reporting-line-acyclic", "wgWqhFEEyTJ0Aezl7rrrrI83"))
        .as("a cycle through the hidden manager cannot be seen: no PASS (was OK)")
        .containsEntry("status", "INCOMPLETE")
        .containsEntry("reasonCode", "PARTIAL_DIRECTORY");
    assertThat(outcomes(json))
        .as("hidden pre-hires' and leavers' accounts match no one: never PASS on the rest")
        .doesNotContainEntry("access-valid", "PASS")
        .doesNotContainEntry("one-account-per-person", "PASS");
    assertThat(list(json, "checks"))
        .extracting(c -> c.get("checkId"), c -> c.get("missingScopes"))
        .contains(tuple("unique-identity", List.of("private:read")));
    assertThat(r.err).contains("warning: the token lacks private:read");
  }

  @Test
  void publicOnlyTokenLeavesJoiningDateIncompleteWhenNoVisiblePersonFails() {
    CliRun.Result r =
        cli.run(
            env(DemoServer.PUBLIC_ONLY_TOKEN),
            "seats",
            "--as-of",
            "2026-11-02",
            "--seats",
            write(
                "healthy.csv",
                "product,seatId,email,assignedAt\r\nfigma,fig-0092,x@y.example,2026-10-20T10:00:00Z"),
            "--format",
            "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    Map<String, Object> json = parse(r.out);
    assertThat(outcomes(json))
        .containsEntry("reclaimable-seats", "INCOMPLETE")
        .containsOnlyKeys("reclaimable-seats", "activity-trend");
  }

  @Test
  void rateLimitedPeopleRequestIsRetriedTransparently() {
    CliRun.Result people = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "people");
    assertThat(demo.requestCount("/api/people")).isEqualTo(2);

    CliRun.Result r = report(DemoServer.FULL_ACCESS_TOKEN, "--format", "json");

    assertThat(people.status).isEqualTo(HumaansCli.OK);
    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(demo.requestCount("/api/people"))
        .as("2 pages + 1 retried 429 + 2 pages")
        .isEqualTo(5);
    assertThat(cli.waits).containsExactly(Duration.ofSeconds(1));
    assertThat(cli.cancelSignals)
        .as("the CLI's sleeper passes the cancel signal on")
        .containsExactly(true);
    assertThat(r.err).contains("retrying in 1.0 s");
    assertThat(parse(r.out).get("inputs")).asString().contains("people=301.0");
  }

  @Test
  void badTokenExitsThreeWithoutPrintingTheToken() {
    String token = "demo-wrong-Zx81Qe77Lm";
    CliRun.Result r = report(token);

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.API_ERROR);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .contains(
            "humaans: the API rejected the token; check HUMAANS_API_TOKEN"
                + " (401 Unauthorized on GET /token-info");
    assertThat(r.both()).doesNotContain(token);
  }

  @Test
  void forbiddenPeopleListExitsThreeNamingTheMissingScope() throws Exception {
    String token = "secret-token-Hq3Vt9";
    try (MockWebServer server = new MockWebServer()) {
      // The reader asks /token-info and both listings at once: answer by path, not by order.
      server.setDispatcher(
          byPath(
              Map.of(
                  "/api/token-info", new MockResponse.Builder().code(404).build(),
                  "/api/people",
                      new MockResponse.Builder()
                          .code(403)
                          .addHeader("Content-Type", "application/json")
                          .body(
                              "{\"code\":403,\"name\":\"Forbidden\",\"message\":\"Missing scope\"}")
                          .build())));
      server.start();

      CliRun.Result r =
          cli.run(
              Map.of("HUMAANS_API_TOKEN", token, "HUMAANS_BASE_URL", server.url("/api").toString()),
              "people");

      assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.API_ERROR);
      assertThat(r.err)
          .contains(
              "humaans: the token lacks the scope 'public:read' (403 Forbidden"
                  + " on GET /people");
      assertThat(r.both()).doesNotContain(token);
      List<String> targets = new ArrayList<>();
      for (int i = server.getRequestCount(); i > 0; i--) {
        targets.add(server.takeRequest().getTarget());
      }
      assertThat(targets).contains("/api/token-info", "/api/people?$limit=250&$skip=0");
    }
  }

  /** Answers each request by its path; a path not listed gets an empty page. */
  private static Dispatcher byPath(Map<String, MockResponse> responses) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        MockResponse r = responses.get(request.getUrl().encodedPath());
        return r != null
            ? r
            : new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("{\"total\":0,\"limit\":250,\"skip\":0,\"data\":[]}")
                .build();
      }
    };
  }

  @Test
  void unknownScopesAreWarnedAbout() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          byPath(Map.of("/api/token-info", new MockResponse.Builder().code(404).build())));
      server.start();

      CliRun.Result r =
          cli.run(
              Map.of(
                  "HUMAANS_API_TOKEN",
                  "tok-unknown-scopes",
                  "HUMAANS_BASE_URL",
                  server.url("/api").toString()),
              "report",
              "--as-of",
              "2026-11-02",
              "--no-humaans-access");

      assertThat(r.err).as(r.toString()).contains("warning: the token's scopes could not be read");
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void unreachableApiExitsThreeAfterRetries() throws IOException {
    String baseUrl;
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      baseUrl = server.url("/api").toString();
    }

    CliRun.Result r =
        cli.run(
            Map.of("HUMAANS_API_TOKEN", "secret-token-Hq3Vt9", "HUMAANS_BASE_URL", baseUrl),
            "scopes");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.API_ERROR);
    assertThat(r.err).contains("humaans: network error (GET /token-info failed on the network");
    assertThat(cli.waits).as("the default policy retries 3 times").hasSize(3);
    assertThat(r.both()).doesNotContain("secret-token-Hq3Vt9");
  }

  @Test
  void tokenNeverAppearsInOutput() {
    CliRun.Result r = report(DemoServer.FULL_ACCESS_TOKEN);

    assertThat(r.status).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.both()).doesNotContain(DemoServer.FULL_ACCESS_TOKEN);
  }

  @Test
  void unknownOptionExitsTwoBeforeAnyRequest() {
    CliRun.Result r = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "report", "--colour");

    assertThat(r.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err).isEqualTo("humaans: unknown option '--colour'\nRun with --help for usage.\n");
    assertThat(r.out).isEmpty();
    assertThat(demo.requestCount()).isZero();
  }

  @Test
  void badDateExitsTwo() {
    CliRun.Result r = cli.run(Map.of(), "report", "--as-of", "02/11/2026");

    assertThat(r.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .startsWith(
            "humaans: invalid --as-of '02/11/2026': expected a date"
                + " YYYY-MM-DD such as 2026-11-02\n");
  }

  @Test
  void csvErrorExitsTwoNamingFileLineAndColumn() {
    String accounts =
        write(
            "accounts.csv",
            "system,id,email,accessLevel,state\n"
                + "github,gh-1,ada@example.com,admin,active\n"
                + "github,gh-2,bob@example.com,write,enabled\n");

    CliRun.Result r = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "access", "--accounts", accounts);

    assertThat(r.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .startsWith(
            "humaans: accounts.csv line 3, column 35: invalid state"
                + " 'enabled': expected active, suspended or deleted\n");
    assertThat(demo.requestCount()).isZero();
  }

  @Test
  void missingFileExitsTwo() {
    CliRun.Result r = cli.run(Map.of(), "seats", "--seats", dir.resolve("nope.csv").toString());

    assertThat(r.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err).startsWith("humaans: --seats " + dir.resolve("nope.csv") + ": no such file");
  }

  @Test
  void accessWithoutAccountsOutsideDemoModeExitsTwo() {
    CliRun.Result r = cli.run(env(DemoServer.FULL_ACCESS_TOKEN), "access", "--no-humaans-access");

    assertThat(r.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err).startsWith("humaans: 'access' needs --accounts FILE.csv");
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    CliRun.Result r = cli.run(Map.of(), "--help");

    assertThat(r.status).isEqualTo(HumaansCli.OK);
    assertThat(r.out)
        .startsWith("Usage: java -jar humaans-examples.jar [COMMAND] [OPTIONS]\n")
        .contains("  --as-of YYYY-MM-DD");
    assertThat(r.err).isEmpty();
  }

  @Test
  void seatsAndAccessRunOnlyTheirChecks() {
    CliRun.Result seats = cli.run(Map.of(), "seats", "--demo", "--format", "json");
    CliRun.Result access = cli.run(Map.of(), "access", "--demo", "--format", "json");

    assertThat(outcomes(parse(seats.out)))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reclaimable-seats", "FAIL", "activity-trend", "PASS"));
    assertThat(outcomes(parse(access.out)).keySet())
        .containsExactlyInAnyOrder(
            "user-identified",
            "offboarded-access-removed",
            "access-valid",
            "one-account-per-person");
    assertThat(seats.status).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(access.status).isEqualTo(HumaansCli.CHECKS_FAILED);
  }

  @Test
  void exemptTitleAddsATopManagementPattern() {
    CliRun.Result r =
        report(
            DemoServer.FULL_ACCESS_TOKEN, "--format", "json", "--exempt-title", "Chief of Staff");

    Map<String, Object> json = parse(r.out);
    assertThat(result(json, "reporting-manager-assigned", "MrolGjg9MTagZf1znFSkoPOR"))
        .containsEntry("status", "EXEMPT");
    assertThat(result(json, "reporting-manager-assigned", "9kVTQcoKB6MOLaGBluFE3XSV"))
        .as("the CEO stays exempt by the default patterns")
        .containsEntry("status", "EXEMPT");
  }

  @Test
  void reportCsvHasOneRowPerResult() {
    CliRun.Result r = report(DemoServer.FULL_ACCESS_TOKEN, "--format", "csv");

    assertThat(r.out)
        .startsWith("checkId,subjectType,subjectId,status,reasonCode,detail,evidence,label\n")
        .contains("\nstaff-role-assigned,person,5S1TA7MSPQkWxF0vqydBQWrK,FAIL,NO_JOB_ROLE,");
  }

  @Test
  void peopleListsCurrentTitleAndManager() {
    CliRun.Result csv =
        cli.run(
            env(DemoServer.FULL_ACCESS_TOKEN),
            "people",
            "--as-of",
            "2026-11-02",
            "--format",
            "csv");
    CliRun.Result text = cli.run(Map.of(), "people");

    assertThat(csv.status).isEqualTo(HumaansCli.OK);
    assertThat(csv.out.lines())
        .hasSize(302)
        .first()
        .isEqualTo("id,name,email,status,jobTitle,department,managerId,manager");
    assertThat(csv.out).contains("\n5S1TA7MSPQkWxF0vqydBQWrK,Noor Haddad,");
    assertThat(csv.out.lines().filter(l -> l.startsWith("wgWqhFEEyTJ0Aezl7rrrrI83,Lucas Moreau,")))
        .singleElement()
        .asString()
        .endsWith(",Grace Whitfield");
    assertThat(text.out)
        .startsWith("NAME ")
        .endsWith("301 people, job titles and managers as of" + " 2026-11-02\n");
  }

  @Test
  void scopesWithPublicOnlyTokenWarnsAboutLeaversAndExitsZero() {
    CliRun.Result r = cli.run(env(DemoServer.PUBLIC_ONLY_TOKEN), "scopes", "--format", "json");

    assertThat(r.status).isEqualTo(HumaansCli.OK);
    Map<String, Object> json = parse(r.out);
    assertThat(json).containsEntry("known", true).containsEntry("scopes", List.of("public:read"));
    assertThat(json.get("warnings")).asString().contains("The token lacks private:read");
  }

  private String write(String name, String content) {
    try {
      Path file = dir.resolve("bad").resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, Object> parse(String json) {
    try {
      Map<String, Object> parsed = JSON.fromJson(json);
      assertThat(parsed).isNotNull();
      return parsed;
    } catch (IOException e) {
      throw new AssertionError("stdout is not one JSON document: " + e.getMessage(), e);
    }
  }
}
