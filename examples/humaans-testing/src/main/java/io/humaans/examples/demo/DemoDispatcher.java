package io.humaans.examples.demo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Routes demo API requests to the {@link DemoCompany}; thread-safe. */
final class DemoDispatcher extends Dispatcher {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 250;

  private final DemoCompany company;
  private final Map<String, DemoToken> tokens;
  private final boolean rateLimit;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger peopleRequests = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();

  DemoDispatcher(DemoCompany company, Map<String, DemoToken> tokens, boolean rateLimit) {
    this.company = company;
    this.tokens = Map.copyOf(tokens);
    this.rateLimit = rateLimit;
  }

  DemoCompany company() {
    return company;
  }

  int requestCount() {
    return requests.get();
  }

  int requestCount(String path) {
    AtomicInteger count = requestsByPath.get(path);
    return count == null ? 0 : count.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.incrementAndGet();
    HttpUrl url = request.getUrl();
    List<String> segments = new ArrayList<>(url.pathSegments());
    if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    String path = "/" + String.join("/", segments);
    requestsByPath.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
    if (!"GET".equals(request.getMethod())) {
      return error(
          405,
          "MethodNotAllowed",
          "Method " + request.getMethod() + " is not supported on " + path);
    }
    if (segments.size() < 2 || !segments.get(0).equals("api")) {
      return error(404, "NotFound", "Page not found");
    }
    DemoToken token = authenticate(request.getHeaders().get("Authorization"));
    if (token == null) {
      return error(401, "NotAuthenticated", "Invalid access token");
    }
    segments = segments.subList(1, segments.size());
    try {
      return route(segments, query(url), token);
    } catch (BadQueryException e) {
      return error(400, "BadRequest", e.reason);
    }
  }

  private @Nullable DemoToken authenticate(@Nullable String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return null;
    }
    return tokens.get(header.substring("Bearer ".length()).trim());
  }

  private MockResponse route(List<String> segments, Map<String, String> query, DemoToken token) {
    String resource = segments.get(0);
    if (segments.size() == 1) {
      switch (resource) {
        case "people":
          if (rateLimit
              && peopleRequests.incrementAndGet() == DemoServer.RATE_LIMITED_PEOPLE_REQUEST) {
            return tooManyRequests();
          }
          return listPeople(query, token);
        case "job-roles":
          return listJobRoles(query, token);
        case "compensations":
          return token.has("compensations:read") ? listCompensations(query) : forbidden();
        case "roles":
          return token.has("private:read")
              ? page(query, company.roles(), DemoJson::writeRole)
              : rolesForbidden();
        case "role-members":
          return token.has("private:read")
              ? page(
                  query,
                  company.roleMembers().stream()
                      .filter(equalsIfPresent(query.get("roleId"), DemoRoleMember::roleId))
                      .filter(equalsIfPresent(query.get("personId"), DemoRoleMember::personId))
                      .toList(),
                  DemoJson::writeRoleMember)
              : rolesForbidden();
        case "role-permissions":
          return token.has("private:read")
              ? page(
                  query,
                  company.rolePermissions().stream()
                      .filter(equalsIfPresent(query.get("roleId"), DemoRolePermission::roleId))
                      .toList(),
                  DemoJson::writeRolePermission)
              : rolesForbidden();
        case "me":
          return json(
              200, DemoJson.toJson(w -> DemoJson.writePerson(w, company.tokenOwner(), true)));
        case "token-info":
          return json(200, tokenInfo(token));
        default:
          return error(404, "NotFound", "Page not found");
      }
    }
    if (segments.size() == 2) {
      String id = segments.get(1);
      switch (resource) {
        case "people":
          return company
              .person(id)
              .filter(person -> visible(person, token))
              .map(
                  person ->
                      json(
                          200,
                          DemoJson.toJson(
                              w ->
                                  DemoJson.writePerson(
                                      w, person, person.equals(company.tokenOwner())))))
              .orElseGet(() -> notFound(id));
        case "job-roles":
          return company.jobRoles().stream()
              .filter(role -> role.id().equals(id) && visible(role, token))
              .findFirst()
              .map(role -> json(200, DemoJson.toJson(w -> DemoJson.writeJobRole(w, role))))
              .orElseGet(() -> notFound(id));
        case "compensations":
          if (!token.has("compensations:read")) {
            return forbidden();
          }
          return company.compensations().stream()
              .filter(compensation -> compensation.id().equals(id))
              .findFirst()
              .map(c -> json(200, DemoJson.toJson(w -> DemoJson.writeCompensation(w, c))))
              .orElseGet(() -> notFound(id));
        default:
          break;
      }
    }
    return error(404, "NotFound", "Page not found");
  }

  private MockResponse listPeople(Map<String, String> query, DemoToken token) {
    Predicate<DemoPerson> filter = person -> visible(person, token);
    filter = filter.and(equalsIfPresent(query.get("status"), DemoPerson::status));
    filter = filter.and(equalsIfPresent(query.get("email"), DemoPerson::email));
    filter = filter.and(equalsIfPresent(query.get("id"), DemoPerson::id));
    List<DemoPerson> matches = company.people().stream().filter(filter).toList();
    DemoPerson owner = company.tokenOwner();
    return page(
        query, matches, (w, person) -> DemoJson.writePerson(w, person, person.equals(owner)));
  }

  private MockResponse listJobRoles(Map<String, String> query, DemoToken token) {
    Predicate<DemoJobRole> filter = role -> visible(role, token);
    filter = filter.and(equalsIfPresent(query.get("personId"), DemoJobRole::personId));
    filter = filter.and(equalsIfPresent(query.get("id"), DemoJobRole::id));
    LocalDate lte = date(query, "effectiveDate[$lte]");
    if (lte != null) {
      filter = filter.and(role -> !role.effectiveDate().isAfter(lte));
    }
    List<DemoJobRole> matches = company.jobRoles().stream().filter(filter).toList();
    LocalDate asOf = date(query, "$asOf");
    if (asOf != null) {
      List<DemoJobRole> current = new ArrayList<>();
      for (DemoJobRole role : matches) {
        Optional<DemoJobRole> inEffect = company.currentJobRole(role.personId(), asOf);
        if (inEffect.isPresent() && inEffect.get().equals(role)) {
          current.add(role);
        }
      }
      matches = current;
    }
    return page(query, matches, DemoJson::writeJobRole);
  }

  private MockResponse listCompensations(Map<String, String> query) {
    Predicate<DemoCompensation> filter =
        equalsIfPresent(query.get("personId"), DemoCompensation::personId);
    return page(
        query,
        company.compensations().stream().filter(filter).toList(),
        DemoJson::writeCompensation);
  }

  private boolean visible(DemoPerson person, DemoToken token) {
    return token.has("private:read")
        || !(person.status().equals(DemoPerson.NEW_HIRE)
            || person.status().equals(DemoPerson.OFFBOARDED));
  }

  private boolean visible(DemoJobRole role, DemoToken token) {
    return company.person(role.personId()).map(person -> visible(person, token)).orElse(false);
  }

  /** Writes one list element. */
  private interface ElementWriter<T> {
    void write(com.squareup.moshi.JsonWriter writer, T element) throws java.io.IOException;
  }

  private <T> MockResponse page(
      Map<String, String> query, List<T> matches, ElementWriter<T> elementWriter) {
    int limit = Math.min(number(query, "$limit", DEFAULT_LIMIT), MAX_LIMIT);
    int skip = number(query, "$skip", 0);
    List<T> data =
        matches.subList(
            Math.min(skip, matches.size()),
            Math.min(matches.size(), (int) Math.min((long) skip + limit, Integer.MAX_VALUE)));
    return json(
        200,
        DemoJson.toJson(
            w -> {
              w.beginObject();
              w.name("total").value(matches.size());
              w.name("limit").value(limit);
              w.name("skip").value(skip);
              w.name("data").beginArray();
              for (T element : data) {
                elementWriter.write(w, element);
              }
              w.endArray();
              w.endObject();
            }));
  }

  private static <T> Predicate<T> equalsIfPresent(
      @Nullable String wanted, java.util.function.Function<T, @Nullable String> field) {
    return wanted == null ? element -> true : element -> wanted.equals(field.apply(element));
  }

  /** Returns the first value of each query parameter, keyed by its percent-decoded name. */
  private static Map<String, String> query(HttpUrl url) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      query.putIfAbsent(url.queryParameterName(i), value == null ? "" : value);
    }
    return query;
  }

  private static int number(Map<String, String> query, String name, int fallback) {
    String raw = query.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadQueryException(
        "Invalid value for " + name + ": '" + raw + "' (expected a non-negative integer)");
  }

  private static @Nullable LocalDate date(Map<String, String> query, String name) {
    String raw = query.get(name);
    if (raw == null) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new BadQueryException(
          "Invalid value for " + name + ": '" + raw + "' (expected YYYY-MM-DD)");
    }
  }

  private String tokenInfo(DemoToken token) {
    return DemoJson.toJson(
        w -> {
          w.beginObject();
          w.name("id").value(token.id());
          w.name("personId").value(company.tokenOwner().id());
          w.name("label").value(token.label());
          w.name("scopes").beginArray();
          for (String scope : token.scopes()) {
            w.value(scope);
          }
          w.endArray();
          w.endObject();
        });
  }

  private MockResponse tooManyRequests() {
    return new MockResponse.Builder()
        .code(429)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("Retry-After", "1")
        .body(
            "{\"code\":429,\"name\":\"TooManyRequests\","
                + "\"message\":\"Rate limit exceeded, retry later\"}")
        .build();
  }

  private static MockResponse forbidden() {
    return json(
        403,
        "{\"id\":\"err_5Yh2Kq8Lm3Nt7Pz1\",\"code\":403,\"name\":\"Forbidden\","
            + "\"message\":\"This access token is missing the scope required to read compensations\","
            + "\"issues\":[{\"name\":\"compensations\",\"reason\":\"requires scope compensations:read\","
            + "\"forbidden\":true}]}");
  }

  /** The demo's answer to a token that may not read permission roles (see DemoServer). */
  private static MockResponse rolesForbidden() {
    return error(403, "Forbidden", "This access token may not read permission roles");
  }

  private static MockResponse notFound(String id) {
    return error(404, "NotFound", "No record found for id '" + id + "'");
  }

  private static MockResponse error(int code, String name, String message) {
    return json(
        code,
        DemoJson.toJson(
            w -> {
              w.beginObject();
              w.name("code").value(code);
              w.name("name").value(name);
              w.name("message").value(message);
              w.endObject();
            }));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  /** A query parameter that cannot be read; becomes a 400 response. */
  private static final class BadQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String reason;

    BadQueryException(String message) {
      super(message);
      this.reason = message;
    }
  }
}
