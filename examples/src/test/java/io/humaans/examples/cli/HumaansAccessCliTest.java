package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.client.directory.HumaansAccess;
import io.humaans.client.directory.HumaansAccessReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code access} on Humaans' own role memberships (issue #10). */
class HumaansAccessCliTest {
  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final String POLICY =
      "system,matchOn,pattern,accessLevels\n" + "humaans,department,People,Admins|Tech\n";
  private static final List<String> ALL_REQUESTS =
      List.of(
          "/api/token-info",
          "/api/people?$limit=250&$skip=0",
          "/api/job-roles?$limit=250&$skip=0",
          "/api/roles?$limit=250&$skip=0",
          "/api/role-members?$limit=250&$skip=0");

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @BeforeEach
  void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Runs {@code access} on the default tiny company with the given policy file's text. */
  private CliRun.Result accessWithPolicy(String policyCsv, String... args) throws IOException {
    server.setDispatcher(new TinyCompany(200, false));
    Path policy = dir.resolve("given-policy.csv");
    Files.writeString(policy, policyCsv, StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(List.of("access", "--as-of", "2026-11-02"));
    all.addAll(List.of("--policy", policy.toString()));
    all.addAll(List.of(args));
    return cli.run(
        Map.of(
            "HUMAANS_API_TOKEN",
            "tok-access-Zq81",
            "HUMAANS_BASE_URL",
            server.url("/api").toString()),
        all.toArray(String[]::new));
  }

  private CliRun.Result run(TinyCompany company, String... args) throws IOException {
    server.setDispatcher(company);
    Path policy = dir.resolve("policy.csv");
    Files.writeString(policy, POLICY, StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--as-of", "2026-11-02", "--policy", policy.toString()));
    return cli.run(
        Map.of(
            "HUMAANS_API_TOKEN",
            "tok-access-Zq81",
            "HUMAANS_BASE_URL",
            server.url("/api").toString()),
        all.toArray(String[]::new));
  }

  @Test
  void reportJudgesEachRoleMembershipAsAHumaansAccount() throws IOException {
    TinyCompany company = new TinyCompany(200, false);

    CliRun.Result r = run(company, "report", "--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(company.targets).containsExactlyInAnyOrderElementsOf(ALL_REQUESTS);
    Map<String, Object> json = parse(r.out);
    assertThat(verdict(json, "offboarded-access-removed", "m-bob-adm"))
        .as("leaver still an Admin, grace 0")
        .isEqualTo("FAIL ACCESS_AFTER_LEAVING");
    assertThat(verdict(json, "user-identified", "m-gone"))
        .as("membership of a deleted person")
        .isEqualTo("FAIL UNIDENTIFIED");
    assertThat(verdict(json, "access-valid", "m-cy-fin"))
        .as("no humaans row matches Sales")
        .isEqualTo("FAIL ROLE_NOT_ALLOWED");
    assertThat(verdict(json, "access-valid", "m-dee-fin"))
        .as("People may hold Admins or Tech, not Finance")
        .isEqualTo("FAIL ACCESS_LEVEL_NOT_ALLOWED");
    assertThat(verdict(json, "access-valid", "m-ada-adm")).startsWith("PASS");
    assertThat(verdict(json, "access-valid", "m-ada-tech")).startsWith("PASS");
    assertThat(verdict(json, "user-identified", "m-ada-adm")).startsWith("PASS");
    assertThat(r.both()).doesNotContain("tok-access-Zq81");
  }

  @Test
  void textReportNamesHumaansFindingsByRoleAndEmail() throws IOException {
    CliRun.Result r = run(new TinyCompany(200, false), "access");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out)
        .contains("Humaans access: 6 role memberships of 3 roles\n")
        .contains("    humaans Admins bob@tiny.example (m-bob-adm): ACCESS_AFTER_LEAVING. ")
        .contains("    humaans Finance cy@tiny.example (m-cy-fin): ROLE_NOT_ALLOWED. ")
        .contains("    humaans Finance dee@tiny.example (m-dee-fin): ACCESS_LEVEL_NOT_ALLOWED. ")
        .contains("    humaans Admins (unknown person p-gone) (m-gone): UNIDENTIFIED. ");
  }

  @Test
  void leaverStillInARoleFailsWithoutGraceAndPassesWithinIt() {
    server.setDispatcher(new TinyCompany(200, false));
    CheckInput input;
    try (HumaansClient client =
        HumaansClient.builder()
            .token("tok-access-Zq81")
            .baseUrl(server.url("/api").toString())
            .build()) {
      HumaansAccess access = HumaansAccessReader.builder(client).build().read();
      input =
          CheckInput.builder()
              .directory(DirectoryReader.builder(client).build().read())
              .addAllAccounts(access.accounts())
              .addAllAccountLinks(access.accountLinks())
              .build();
    }

    Report strict =
        Checks.run(input, CheckConfig.builder().asOf(LocalDate.of(2026, 11, 2)).build());
    Report lenient =
        Checks.run(
            input, CheckConfig.builder().asOf(LocalDate.of(2026, 11, 2)).graceDays(30).build());

    assertThat(verdict(strict, "m-bob-adm")).isEqualTo("FAIL ACCESS_AFTER_LEAVING");
    assertThat(verdict(lenient, "m-bob-adm"))
        .as("last day 2026-10-20 + 30 days")
        .isEqualTo("PASS WITHIN_GRACE");
  }

  @Test
  void unreadableRolesAreNotedOnceOnStderrAndInTheReport() throws IOException {
    TinyCompany company = new TinyCompany(403, false);

    CliRun.Result r = run(company, "access");

    assertThat(company.targets).containsExactlyInAnyOrderElementsOf(ALL_REQUESTS);
    List<String> notes =
        r.err.lines().filter(l -> l.contains("Humaans access")).collect(Collectors.toList());
    assertThat(notes)
        .singleElement()
        .asString()
        .startsWith("warning: Humaans access not judged (Humaans roles could not be read: 403")
        .contains("GET /roles")
        .contains("GET /role-members")
        .endsWith("); the access checks cannot pass on it");
    assertThat(r.out)
        .contains(
            "Warning: the accounts of humaans could not be read (Humaans roles"
                + " could not be read: 403")
        .doesNotContain("Humaans access: ")
        .doesNotContain("m-bob-adm");
  }

  @Test
  void unreadableRolesAreRecordedInTheReportAndNoAccessCheckPasses() throws IOException {
    CliRun.Result r = run(new TinyCompany(403, false), "access", "--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    Map<String, Object> json = parse(r.out);
    @SuppressWarnings("unchecked")
    Map<String, Object> unreadable =
        (Map<String, Object>) ((Map<String, Object>) json.get("inputs")).get("unreadableSystems");
    assertThat(unreadable).containsOnlyKeys("humaans");
    assertThat((String) unreadable.get("humaans"))
        .startsWith("Humaans roles could not be read: 403")
        .contains("GET /role-members");
    assertThat(outcomes(json))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "user-identified",
                "INCOMPLETE",
                "offboarded-access-removed",
                "INCOMPLETE",
                "access-valid",
                "INCOMPLETE",
                "one-account-per-person",
                "INCOMPLETE"));
  }

  @Test
  void noRoleMembershipReadIsIncompleteNotAPassOnTheOtherAccounts() throws IOException {
    // Only the automatic Users membership of the token's own person: what a token whose creator
    // cannot see the others might be shown. Every company has an Owner, so this is not a company
    // where nobody holds a role, and the GitHub accounts' PASS must not hide it.
    TinyCompany company =
        new TinyCompany(200, false).members(TinyCompany.member("m-ada-users", "p-ada", "r-users"));
    company.role("r-users", "Users");
    Path accounts = dir.resolve("accounts.csv");
    Files.writeString(
        accounts,
        "system,id,email,accessLevel,state\n"
            + "github,ada,ada@tiny.example,admin,active\n"
            + "github,cy,cy@tiny.example,write,active\n",
        StandardCharsets.UTF_8);

    CliRun.Result r = run(company, "access", "--accounts", accounts.toString(), "--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    Map<String, Object> json = parse(r.out);
    assertThat(outcomes(json))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "user-identified",
                "INCOMPLETE",
                "offboarded-access-removed",
                "INCOMPLETE",
                "access-valid",
                "INCOMPLETE",
                "one-account-per-person",
                "INCOMPLETE"));
    assertThat(verdict(json, "user-identified", "ada")).isEqualTo("PASS OK");
    assertThat(r.err)
        .contains(
            "warning: Humaans access not judged (Humaans roles could not be read: /role-members"
                + " listed no membership of a role other than the automatic Users and Managers"
                + " (1 membership of 4 roles), yet every Humaans company has an Owner;");
  }

  @Test
  void accountsFileRowsOfSystemHumaansBesideTheLiveMembershipsAreWarnedAbout() throws IOException {
    // The file's "m-ada-admins" is also a membership's id: it would share that membership's link
    // to Ada, so a stranger's row could pass as hers.
    TinyCompany company =
        new TinyCompany(200, false)
            .members(TinyCompany.member("m-ada-admins", "p-ada", "r-admins"));
    company.role("r-admins", "Admins");
    Path accounts = dir.resolve("accounts.csv");
    Files.writeString(
        accounts,
        "system,id,email,accessLevel,state\n"
            + "github,ada,ada@tiny.example,admin,active\n"
            + "Humaans,m-ada-admins,stranger@elsewhere.example,Admins,active\n"
            + "humaans,legacy-1,cy@tiny.example,Tech,active\n",
        StandardCharsets.UTF_8);

    CliRun.Result withLive = run(company, "access", "--accounts", accounts.toString());
    CliRun.Result fileOnly =
        run(company, "access", "--accounts", accounts.toString(), "--no-humaans-access");

    assertThat(withLive.err)
        .contains(
            "warning: --accounts has 2 rows of system 'humaans', judged beside the role"
                + " memberships read from Humaans; 1 of them (m-ada-admins) shares a membership's"
                + " id and so its person (leave them out of the file, or pass --no-humaans-access"
                + " to judge only the file's)");
    assertThat(fileOnly.err).doesNotContain("--accounts has");
  }

  @Test
  void severalRolesOfOnePersonAreOneHumaansLogin() throws IOException {
    CliRun.Result r = run(new TinyCompany(200, false), "access", "--format", "json");

    Map<String, Object> json = parse(r.out);
    assertThat(verdict(json, "one-account-per-person", "p-ada/humaans")).isEqualTo("PASS OK");
    assertThat(verdict(json, "access-valid", "m-ada-tech")).startsWith("PASS");
  }

  @Test
  void policyLevelsMatchRoleNamesCaseInsensitively() throws IOException {
    CliRun.Result r =
        accessWithPolicy(
            "system,matchOn,pattern,accessLevels\n" + "humaans,department,people,admins|TECH\n",
            "--format",
            "json");

    Map<String, Object> json = parse(r.out);
    assertThat(verdict(json, "access-valid", "m-ada-adm")).startsWith("PASS");
    assertThat(verdict(json, "access-valid", "m-ada-tech")).startsWith("PASS");
    assertThat(verdict(json, "access-valid", "m-dee-fin"))
        .isEqualTo("FAIL ACCESS_LEVEL_NOT_ALLOWED");
  }

  @Test
  void policyLevelNamingNoHumaansRoleIsWarnedAbout() throws IOException {
    // A mistyped role only ever fails someone; the rule that meant it is silently dead.
    CliRun.Result r =
        accessWithPolicy(
            "system,matchOn,pattern,accessLevels\n"
                + "Humaans,department,People,admins|Tech|Owner\n"
                + "humaans,department,Sales,Finanse|Fin*\n"
                + "humaans,jobTitle,CEO,*\n"
                + "humaans,department,Legal,owner\n"
                + "github,department,People,Owner\n");

    List<String> notes =
        r.err.lines().filter(l -> l.contains("no Humaans role")).collect(Collectors.toList());
    assertThat(notes)
        .containsExactly(
            "warning: the policy allows humaans level 'Owner', but no Humaans role has that name"
                + " (roles: Admins, Finance, Tech); the level can match no role membership",
            "warning: the policy allows humaans level 'Finanse', but no Humaans role has that name"
                + " (roles: Admins, Finance, Tech); the level can match no role membership");
  }

  @Test
  void policyForASystemNoAccountBelongsToIsWarnedAbout() throws IOException {
    // "humans" for "humaans": access-valid was NOT_APPLICABLE for every membership, and the
    // policy's rows silently judged nothing.
    CliRun.Result r =
        accessWithPolicy(
            "system,matchOn,pattern,accessLevels\n"
                + "humans,department,People,Admins\n"
                + "HUMAANS,jobTitle,CEO,*\n"
                + "Humans,department,Sales,Finance\n");

    List<String> notes =
        r.err.lines().filter(l -> l.contains("no account")).collect(Collectors.toList());
    assertThat(notes)
        .containsExactly(
            "warning: the policy has rules for system 'humans', but no account belongs to it"
                + " (systems: humaans); they judge nothing");
  }

  @Test
  void noHumaansAccessReadsNoRoles() throws IOException {
    TinyCompany company = new TinyCompany(200, false);

    CliRun.Result r = run(company, "report", "--no-humaans-access", "--format", "json");

    assertThat(company.targets)
        .containsExactlyInAnyOrder(
            "/api/token-info",
            "/api/people?$limit=250&$skip=0",
            "/api/job-roles?$limit=250&$skip=0");
    assertThat(r.out).doesNotContain("m-bob-adm").doesNotContain("humaans");
    assertThat(parse(r.out).get("inputs")).asString().contains("accounts=0.0");
    assertThat(r.err).doesNotContain("Humaans access");
  }

  @Test
  void accessWithoutAccountsFileJudgesHumaansAccessAlone() throws IOException {
    CliRun.Result r = run(new TinyCompany(200, false), "access", "--format", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(parse(r.out).get("inputs")).asString().contains("accounts=6.0");
  }

  @Test
  void directoryOfOnlyTheTokensPersonIsWarnedAboutAsPartial() throws IOException {
    CliRun.Result r = run(new TinyCompany(200, true), "report", "--no-humaans-access");

    assertThat(r.err)
        .contains(
            "warning: The directory read back holds only the token's own"
                + " person (p-ada), while the company's size is unknown: the directory is probably"
                + " partial");
    assertThat(r.err).doesNotContain(io.humaans.client.TokenScopes.CREATOR_LIMIT);
  }

  @Test
  void reportDemoShowsTheHumaansAccessFaults() {
    CliRun.Result r = cli.run(Map.of(), "report", "--demo");

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out)
        .contains("Humaans access: 13 role memberships of 4 roles\n")
        .contains(
            "    humaans Admins simone.zielinski@northwind-labs.example"
                + " (R08zuDL09ykTQULbbW1Rrpag): ACCESS_AFTER_LEAVING. ")
        .contains(
            "    humaans Finance noah.fischer@northwind-labs.example"
                + " (Q18yBIRF3b7So8ZZp5M8EE6D): ROLE_NOT_ALLOWED. ")
        .contains(
            "    humaans Admins (unknown person De1etedPers0nXq4Lm8Rt2Wz)"
                + " (saoQWzpoQNg9BLSOMCMAkRCX): UNIDENTIFIED. ");
  }

  @Test
  void scopesShowsTheCreatorLimitAsANoteNotAsAGap() throws IOException {
    CliRun.Result text = cli.run(Map.of(), "scopes");
    CliRun.Result json = cli.run(Map.of(), "scopes", "--format", "json");

    assertThat(text.out)
        .endsWith(
            "\nThe token can read everything the checks need.\n\nNote: "
                + io.humaans.client.TokenScopes.CREATOR_LIMIT
                + "\n")
        .doesNotContain("What this token cannot see");
    assertThat(parse(json.out))
        .containsEntry("warnings", List.of())
        .containsEntry("notes", List.of(io.humaans.client.TokenScopes.CREATOR_LIMIT));
  }

  private static String verdict(Map<String, Object> report, String checkId, String subjectId) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
    return results.stream()
        .filter(r -> r.get("checkId").equals(checkId) && r.get("subjectId").equals(subjectId))
        .map(r -> r.get("status") + " " + r.get("reasonCode"))
        .findFirst()
        .orElse("no result " + checkId + " " + subjectId);
  }

  private static String verdict(Report report, String subjectId) {
    return report.results().stream()
        .filter(
            r -> r.checkId().equals("offboarded-access-removed") && r.subjectId().equals(subjectId))
        .map(r -> r.status() + " " + r.reasonCode())
        .findFirst()
        .orElse("no result for " + subjectId);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> outcomes(Map<String, Object> report) {
    return ((List<Map<String, Object>>) report.get("checks"))
        .stream()
            .collect(
                Collectors.toMap(c -> (String) c.get("checkId"), c -> (String) c.get("status")));
  }

  private static Map<String, Object> parse(String json) throws IOException {
    Map<String, Object> parsed = JSON.fromJson(json);
    assertThat(parsed).isNotNull();
    return parsed;
  }
}
