package io.humaans.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A four-person company with Humaans role memberships for the access tests, served from memory.
 * People: Ada (People Partner, the token's person), Bob (engineer, left 2026-10-20), Cy (Account
 * Executive, Sales), Dee (People Partner). Roles Admins, Finance, Tech; memberships: Ada Admins and
 * Tech, Bob Admins, Cy Finance, Dee Finance, and one of a deleted person {@code p-gone}.
 */
final class TinyCompany extends Dispatcher {
  final List<String> targets = new CopyOnWriteArrayList<>();
  private final int rolesStatus;
  private final boolean onlyAda;
  private final List<String> roles =
      new ArrayList<>(
          List.of(
              "{\"id\":\"r-adm\",\"name\":\"Admins\"}",
              "{\"id\":\"r-fin\",\"name\":\"Finance\"}",
              "{\"id\":\"r-tech\",\"name\":\"Tech\"}"));
  private List<String> members =
      List.of(
          member("m-ada-adm", "p-ada", "r-adm"), member("m-ada-tech", "p-ada", "r-tech"),
          member("m-bob-adm", "p-bob", "r-adm"), member("m-cy-fin", "p-cy", "r-fin"),
          member("m-dee-fin", "p-dee", "r-fin"), member("m-gone", "p-gone", "r-adm"));

  /**
   * @param rolesStatus what {@code /roles} and {@code /role-members} answer: 200, or an error
   * @param onlyAda whether the token sees only its own person (a low-permission creator)
   */
  TinyCompany(int rolesStatus, boolean onlyAda) {
    this.rolesStatus = rolesStatus;
    this.onlyAda = onlyAda;
  }

  /** Adds a role to the three {@code /roles} lists. */
  TinyCompany role(String id, String name) {
    roles.add("{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
    return this;
  }

  /**
   * Replaces the memberships {@code /role-members} lists.
   *
   * @param rows each {@code {id, personId, roleId}}, as {@link #member} writes them
   */
  TinyCompany members(String... rows) {
    members = List.of(rows);
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    targets.add(request.getTarget());
    String path = request.getUrl().encodedPath();
    boolean firstPage = "0".equals(request.getUrl().queryParameter("$skip"));
    switch (path) {
      case "/api/token-info":
        return json(
            200,
            "{\"id\":\"tok\",\"personId\":\"p-ada\",\"scopes\":[\"public:read\","
                + "\"private:read\",\"compensations:read\",\"documents:read\"]}");
      case "/api/people":
        return page(
            firstPage,
            onlyAda
                ? List.of(person("ada", "active", null))
                : List.of(
                    person("ada", "active", null),
                    person("bob", "offboarded", "2026-10-20"),
                    person("cy", "active", null),
                    person("dee", "active", null)));
      case "/api/job-roles":
        return page(
            firstPage,
            onlyAda
                ? List.of(job("ada", "People Partner", "People"))
                : List.of(
                    job("ada", "People Partner", "People"),
                    job("bob", "Software Engineer", "Engineering"),
                    job("cy", "Account Executive", "Sales"),
                    job("dee", "People Partner", "People")));
      case "/api/roles":
        return rolesStatus != 200 ? forbidden("roles") : page(firstPage, roles);
      case "/api/role-members":
        return rolesStatus != 200 ? forbidden("role-members") : page(firstPage, members);
      default:
        return json(404, "{\"code\":404,\"name\":\"NotFound\",\"message\":\"Page not found\"}");
    }
  }

  private MockResponse forbidden(String what) {
    return json(
        rolesStatus,
        "{\"code\":"
            + rolesStatus
            + ",\"name\":\"Forbidden\",\"message\":"
            + "\"No access to "
            + what
            + "\"}");
  }

  private static String person(String name, String status, @Nullable String lastDay) {
    String dates =
        lastDay == null
            ? ""
            : ",\"employmentEndDate\":\"" + lastDay + "\",\"lastWorkingDay\":\"" + lastDay + "\"";
    return "{\"id\":\"p-"
        + name
        + "\",\"firstName\":\""
        + name
        + "\",\"lastName\":\"Tiny\","
        + "\"email\":\""
        + name
        + "@tiny.example\",\"status\":\""
        + status
        + "\","
        + "\"employmentStartDate\":\"2020-01-06\""
        + dates
        + "}";
  }

  private static String job(String name, String title, String department) {
    return "{\"id\":\"j-"
        + name
        + "\",\"personId\":\"p-"
        + name
        + "\",\"jobTitle\":\""
        + title
        + "\",\"department\":\""
        + department
        + "\",\"reportingTo\":null,"
        + "\"effectiveDate\":\"2020-01-06\",\"endDate\":null}";
  }

  static String member(String id, String personId, String roleId) {
    return "{\"id\":\""
        + id
        + "\",\"personId\":\""
        + personId
        + "\",\"roleId\":\""
        + roleId
        + "\"}";
  }

  private static MockResponse page(boolean firstPage, List<String> rows) {
    List<String> data = firstPage ? rows : List.of();
    return json(
        200,
        "{\"total\":"
            + rows.size()
            + ",\"limit\":250,\"skip\":"
            + (firstPage ? 0 : 250)
            + ",\"data\":["
            + String.join(",", data)
            + "]}");
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
