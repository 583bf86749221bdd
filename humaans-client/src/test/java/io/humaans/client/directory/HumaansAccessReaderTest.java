package io.humaans.client.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.Status;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.Person;
import io.humaans.client.HumaansClient;
import io.humaans.client.RetryPolicy;
import io.humaans.client.errors.ServerException;
import io.humaans.client.model.Role;
import io.humaans.client.model.RoleMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class HumaansAccessReaderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /** Serves fixed roles and memberships in pages of {@code cap}, or a fixed error per path. */
  private static final class Roles extends Dispatcher {
    final List<String> roles = new ArrayList<>();
    final List<String> members = new ArrayList<>();
    final Map<String, MockResponse> errors = new ConcurrentHashMap<>();
    final List<String> targets = new CopyOnWriteArrayList<>();
    final int cap;
    // Whether the errors answer only the requests after each listing's first page.
    volatile boolean errorsAfterFirstPage;

    Roles(int cap) {
      this.cap = cap;
    }

    Roles role(String id, String name) {
      roles.add("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"companyId\":\"C1\"}");
      return this;
    }

    Roles member(String id, String roleId, String personId) {
      members.add(
          "{\"id\":\""
              + id
              + "\",\"roleId\":\""
              + roleId
              + "\",\"personId\":"
              + (personId == null ? "null" : "\"" + personId + "\"")
              + "}");
      return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      targets.add(request.getTarget());
      HttpUrl url = request.getUrl();
      String path = url.encodedPath();
      MockResponse error = errors.get(path);
      boolean firstPage = "0".equals(url.queryParameter("$skip"));
      if (error != null && !(errorsAfterFirstPage && firstPage)) {
        return error;
      }
      List<String> rows = path.equals("/api/roles") ? roles : members;
      int limit = Math.min(cap, Integer.parseInt(url.queryParameter("$limit")));
      int skip = Integer.parseInt(url.queryParameter("$skip"));
      List<String> page =
          rows.subList(Math.min(skip, rows.size()), Math.min(rows.size(), skip + limit));
      return json(
          200,
          "{\"total\":"
              + rows.size()
              + ",\"limit\":"
              + limit
              + ",\"skip\":"
              + skip
              + ",\"data\":["
              + String.join(",", page)
              + "]}");
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private HumaansClient client() {
    return HumaansClient.builder()
        .token("t0k3n")
        .baseUrl(server.url("/api").toString())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private HumaansAccess read(Roles roles) {
    server.setDispatcher(roles);
    try (HumaansClient client = client()) {
      return HumaansAccessReader.builder(client).parallelism(2).build().read();
    }
  }

  private static Account account(String id, String level) {
    return Account.builder().system("humaans").id(id).accessLevel(level).state("active").build();
  }

  private static AccountLink link(String accountId, String personId) {
    return AccountLink.builder().system("humaans").accountId(accountId).personId(personId).build();
  }

  @Test
  void severalRolesOfOnePersonAreOneAccountEachLinkedToThatPerson() {
    Roles roles =
        new Roles(250)
            .role("R1", "Admins")
            .role("R2", "Finance")
            .role("R3", "Tech")
            .member("M1", "R1", "P1")
            .member("M2", "R2", "P1")
            .member("M3", "R3", "P2");

    HumaansAccess access = read(roles);

    assertThat(roles.targets)
        .containsExactlyInAnyOrder(
            "/api/roles?$limit=250&$skip=0", "/api/role-members?$limit=250&$skip=0");
    assertThat(access.isReadable()).isTrue();
    assertThat(access.unreadableReason()).isEmpty();
    assertThat(access.rolesRead()).isEqualTo(3);
    assertThat(access.roleNames()).containsExactly("Admins", "Finance", "Tech");
    assertThat(access.membershipsRead()).isEqualTo(3);
    assertThat(access.accounts())
        .containsExactly(account("M1", "Admins"), account("M2", "Finance"), account("M3", "Tech"));
    assertThat(access.accountLinks())
        .containsExactly(link("M1", "P1"), link("M2", "P1"), link("M3", "P2"));
    assertThat(access.warnings()).isEmpty();
  }

  @Test
  void membershipOfUnknownPersonIsLinkedByIdAndTheChecksCallItUnidentified() {
    Roles roles =
        new Roles(250).role("R1", "Admins").member("M1", "R1", "P-gone").member("M2", "R1", null);

    HumaansAccess access = read(roles);

    assertThat(access.accounts()).containsExactly(account("M1", "Admins"), account("M2", "Admins"));
    assertThat(access.accountLinks()).containsExactly(link("M1", "P-gone"));
    assertThat(access.warnings())
        .containsExactly(
            "Humaans role membership M2 names no person: its account is unidentified.");

    Directory directory =
        Directory.builder()
            .addPeople(Person.builder().id("P1").email("a@x.example").status("active").build())
            .scopes(java.util.Set.of("private:read"))
            .build();
    CheckInput input =
        CheckInput.builder()
            .directory(directory)
            .addAllAccounts(access.accounts())
            .addAllAccountLinks(access.accountLinks())
            .build();
    List<CheckResult> identified =
        Checks.run(input, CheckConfig.builder().asOf(LocalDate.of(2025, 6, 1)).build())
            .results()
            .stream()
            .filter(r -> r.checkId().equals("user-identified"))
            .toList();
    assertThat(identified)
        .extracting(CheckResult::subjectId, CheckResult::status, CheckResult::reasonCode)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("M1", Status.FAIL, "UNIDENTIFIED"),
            org.assertj.core.groups.Tuple.tuple("M2", Status.FAIL, "UNIDENTIFIED"));
  }

  @Test
  void membershipsOfTheAutomaticRolesAreNotGrantsAndAreCounted() {
    Roles roles =
        new Roles(250)
            .role("R1", "Admins")
            .role("R2", "Users")
            .role("R3", " managers ")
            .role("R4", "Users of Figma")
            .member("M1", "R1", "P1")
            .member("M2", "R2", "P1")
            .member("M3", "R3", "P2")
            .member("M4", "R2", "P2")
            .member("M5", "R4", "P2");

    HumaansAccess access = read(roles);

    assertThat(access.membershipsRead()).isEqualTo(5);
    assertThat(access.accounts())
        .containsExactly(account("M1", "Admins"), account("M5", "Users of Figma"));
    assertThat(access.accountLinks()).containsExactly(link("M1", "P1"), link("M5", "P2"));
    assertThat(access.warnings())
        .containsExactly(
            "3 memberships of the automatic roles Users and Managers were left out: they are not"
                + " grants.");
  }

  @Test
  void membershipOfUnknownRoleKeepsTheRoleIdAsLevelAndWarns() {
    Roles roles = new Roles(250).role("R1", "Admins").member("M1", "R9", "P1");

    HumaansAccess access = read(roles);

    assertThat(access.accounts()).containsExactly(account("M1", "R9"));
    assertThat(access.accountLinks()).containsExactly(link("M1", "P1"));
    assertThat(access.warnings())
        .containsExactly(
            "Humaans role membership M1 names role R9, which"
                + " /roles did not list: the role id is used as its access level.");
  }

  @Test
  void noMembershipAtAllIsUnreadableNotAnEmptyList() {
    // Every Humaans company has an Owner: an empty /role-members is a listing the token cannot
    // see, not a company where nobody holds a role.
    Roles roles = new Roles(250).role("R1", "Owners").role("R2", "Admins");

    HumaansAccess access = read(roles);

    assertThat(access.isReadable()).isFalse();
    assertThat(access.accounts()).isEmpty();
    assertThat(access.unreadableReason())
        .hasValue(
            "Humaans roles could not be read: /role-members listed no membership of a role other"
                + " than the automatic Users and Managers (0 memberships of 2 roles), yet every"
                + " Humaans company has an Owner; the token probably cannot see who holds which"
                + " role (create it as an Owner or Admin)");
  }

  @Test
  void onlyMembershipsOfTheAutomaticRolesAreUnreadableNotAnEmptyList() {
    // What a token whose creator sees only their own memberships might be shown.
    Roles roles =
        new Roles(250)
            .role("R1", "Owners")
            .role("R2", "Users")
            .role("R3", "Managers")
            .member("M1", "R2", "P1")
            .member("M2", "R3", "P1");

    HumaansAccess access = read(roles);

    assertThat(access.isReadable()).isFalse();
    assertThat(access.accounts()).isEmpty();
    assertThat(access.accountLinks()).isEmpty();
    assertThat(access.unreadableReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains(
                        "listed no membership of a role other than the automatic Users and"
                            + " Managers (2 memberships of 3 roles)"));
  }

  @Test
  void noRoleListedIsUnreadableNotEveryMembershipAGrant() {
    // "data": null under total 0 reads as an empty list. Without the roles, the automatic Users
    // (everyone) cannot be told from a grant, and every leaver would hold Humaans access.
    Roles roles = new Roles(250).member("M1", "R-users", "P1").member("M2", "R-admins", "P2");

    HumaansAccess access = read(roles);

    assertThat(access.isReadable()).isFalse();
    assertThat(access.accounts()).isEmpty();
    assertThat(access.unreadableReason())
        .hasValue(
            "Humaans roles could not be read: /roles listed no role although /role-members"
                + " listed 2 memberships, yet every Humaans company has the roles Owners, Admins,"
                + " Finance and Tech; the token probably cannot see them (create it as an Owner"
                + " or Admin)");
  }

  @Test
  void membershipListedTwiceIsRejectedNotMergedIntoOnePerson() {
    // Two accounts with one id would share one link in the checks: one person's grant would be
    // judged as the other's.
    List<Role> roles = List.of(Role.builder().id("R1").name("Admins").build());
    List<RoleMember> members =
        List.of(
            RoleMember.builder().id("M1").roleId("R1").personId("P-leaver").build(),
            RoleMember.builder().id("M1").roleId("R1").personId("P-active").build());

    assertThatThrownBy(() -> HumaansAccessReader.toAccess(roles, members))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "role membership M1 is listed twice (at 0 and 1): memberships are told apart by id");
  }

  @Test
  void roleListedTwiceWithDifferentNamesIsRejected() {
    // Which name is the access level, and is it an automatic role? Neither can be told.
    List<Role> roles =
        List.of(
            Role.builder().id("R1").name("Users").build(),
            Role.builder().id("R1").name("Admins").build());
    List<RoleMember> members =
        List.of(RoleMember.builder().id("M1").roleId("R1").personId("P1").build());

    assertThatThrownBy(() -> HumaansAccessReader.toAccess(roles, members))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role R1 is listed twice, named 'Users' and 'Admins'");
  }

  @Test
  void roleIdsAreMatchedExactlyNotIgnoringCase() {
    Roles roles =
        new Roles(250)
            .role("r1", "Users")
            .role("R1", "Admins")
            .member("M1", "R1", "P1")
            .member("M2", "r1", "P1");

    HumaansAccess access = read(roles);

    assertThat(access.accounts()).containsExactly(account("M1", "Admins"));
    assertThat(access.accountLinks()).containsExactly(link("M1", "P1"));
  }

  @Test
  void forbiddenLaterPageOfRoleMembersGivesAnUnreadableResult() {
    Roles roles = new Roles(2).role("R1", "Admins");
    for (int i = 0; i < 5; i++) {
      roles.member("M" + i, "R1", "P" + i);
    }
    roles.errors.put(
        "/api/role-members",
        json(403, "{\"code\":403,\"name\":\"Forbidden\",\"message\":\"Not yours\"}"));
    roles.errorsAfterFirstPage = true;

    HumaansAccess access = read(roles);

    assertThat(access.isReadable()).isFalse();
    assertThat(access.accounts()).isEmpty();
    assertThat(access.unreadableReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith(
                        "Humaans roles could not be read: 403 Forbidden on GET /role-members")
                    .doesNotContain("$skip=0:")
                    .endsWith("Server said: Not yours [name=Forbidden]"));
  }

  @Test
  void forbiddenRolesGiveAnUnreadableResultNotAnEmptyList() {
    Roles roles = new Roles(250).member("M1", "R1", "P1");
    roles.errors.put(
        "/api/roles", json(403, "{\"code\":403,\"name\":\"Forbidden\",\"message\":\"No\"}"));

    HumaansAccess access = read(roles);

    assertThat(access.isReadable()).isFalse();
    assertThat(access.accounts()).isEmpty();
    assertThat(access.accountLinks()).isEmpty();
    assertThat(access.membershipsRead()).isZero();
    assertThat(access.unreadableReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith(
                        "Humaans roles could not be read: 403 Forbidden on GET /roles?$limit=250&$skip=0:"
                            + " which token scope /roles needs is not documented")
                    .endsWith("Server said: No [name=Forbidden]"));
    assertThat(roles.targets).contains("/api/roles?$limit=250&$skip=0");
  }

  @Test
  void addToMarksAnUnreadableListSoNoAccessCheckPassesOnTheOtherAccounts() {
    // Adding only accounts() and accountLinks() of an unreadable result adds nothing, and the
    // GitHub account alone would make every access check PASS.
    Roles roles = new Roles(250).role("R1", "Admins");
    roles.errors.put(
        "/api/role-members", json(403, "{\"code\":403,\"name\":\"Forbidden\",\"message\":\"No\"}"));
    HumaansAccess access = read(roles);
    CheckInput.Builder input =
        CheckInput.builder()
            .directory(oneEmployee())
            .addAccounts(
                Account.builder()
                    .system("github")
                    .id("a")
                    .email("a@x.example")
                    .state("active")
                    .build());

    access.addTo(input);

    CheckInput built = input.build();
    assertThat(built.unreadableSystems())
        .containsOnlyKeys("humaans")
        .hasEntrySatisfying(
            "humaans", why -> assertThat(why).startsWith("Humaans roles could not be read: 403"));
    assertThat(outcome(built, "user-identified")).isEqualTo(Status.INCOMPLETE);
    assertThat(outcome(built, "offboarded-access-removed")).isEqualTo(Status.INCOMPLETE);
  }

  @Test
  void addToAddsTheAccountsAfterTheOnesAlreadyThereAndTheirLinks() {
    Roles roles = new Roles(250).role("R1", "Admins").member("M1", "R1", "P1");
    HumaansAccess access = read(roles);
    Account github =
        Account.builder().system("github").id("a").email("a@x.example").state("active").build();
    CheckInput.Builder input = CheckInput.builder().directory(oneEmployee()).addAccounts(github);

    access.addTo(input);

    CheckInput built = input.build();
    assertThat(built.accounts()).containsExactly(github, account("M1", "Admins"));
    assertThat(built.accountLinks()).containsExactly(link("M1", "P1"));
    assertThat(built.unreadableSystems()).isEmpty();
    assertThat(outcome(built, "user-identified")).isEqualTo(Status.PASS);
  }

  private static Directory oneEmployee() {
    return Directory.builder()
        .addPeople(Person.builder().id("P1").email("a@x.example").status("active").build())
        .scopes(java.util.Set.of("private:read"))
        .build();
  }

  private static Status outcome(CheckInput input, String checkId) {
    return Checks.run(input, CheckConfig.builder().asOf(LocalDate.of(2025, 6, 1)).build())
        .checks()
        .stream()
        .filter(c -> c.checkId().equals(checkId))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void missingRoleMembersEndpointGivesAnUnreadableResult() {
    Roles roles = new Roles(250).role("R1", "Admins");
    roles.errors.put(
        "/api/role-members",
        json(404, "{\"code\":404,\"name\":\"NotFound\",\"message\":\"Page not found\"}"));

    HumaansAccess access = read(roles);

    assertThat(access.unreadableReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith(
                        "Humaans roles could not be read: 404 Not Found on GET"
                            + " /role-members?$limit=250&$skip=0")
                    .contains("Page not found"));
    assertThat(access.accounts()).isEmpty();
    assertThat(access.toString())
        .startsWith("HumaansAccess{unreadable: Humaans roles could not be read: 404");
  }

  @Test
  void otherFailuresPropagateTyped() {
    Roles roles = new Roles(250).role("R1", "Admins");
    roles.errors.put("/api/role-members", json(500, "{\"code\":500,\"message\":\"Boom\"}"));
    server.setDispatcher(roles);
    try (HumaansClient client = client()) {
      assertThatThrownBy(() -> HumaansAccessReader.builder(client).build().read())
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("GET /role-members?$limit=250&$skip=0");
    }
  }

  @Test
  void readsEveryPageOfBothListingsInOrder() {
    Roles roles = new Roles(2).role("R1", "Admins").role("R2", "Finance").role("R3", "Tech");
    for (int i = 0; i < 5; i++) {
      roles.member("M" + i, "R" + (1 + i % 3), "P" + i);
    }

    HumaansAccess access = read(roles);

    // The first request of each listing asks for 250; which later pages the (parallel, then
    // overlapping) pager asks for is its business and is pinned in the pager's own tests.
    assertThat(roles.targets)
        .contains("/api/roles?$limit=250&$skip=0", "/api/role-members?$limit=250&$skip=0");
    assertThat(roles.targets)
        .allMatch(t -> t.matches("/api/(roles|role-members)\\?\\$limit=[0-9]+&\\$skip=[0-9]+"));
    assertThat(access.rolesRead()).isEqualTo(3);
    assertThat(access.membershipsRead()).isEqualTo(5);
    assertThat(access.accounts())
        .containsExactly(
            account("M0", "Admins"),
            account("M1", "Finance"),
            account("M2", "Tech"),
            account("M3", "Admins"),
            account("M4", "Finance"));
    assertThat(access.accountLinks())
        .extracting(AccountLink::personId)
        .containsExactly("P0", "P1", "P2", "P3", "P4");
  }
}
