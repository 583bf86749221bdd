package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import io.humaans.client.Scope;
import io.humaans.client.errors.ApiIssue;
import io.humaans.client.errors.AuthenticationException;
import io.humaans.client.errors.ConflictException;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.errors.NotFoundException;
import io.humaans.client.errors.PermissionException;
import io.humaans.client.errors.RateLimitException;
import io.humaans.client.errors.ServerException;
import io.humaans.client.errors.UnexpectedStatusException;
import io.humaans.client.errors.ValidationException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMapperTest {

  private static final String FORBIDDEN_COMPENSATIONS =
      "{\n"
          + "  \"id\": \"err_5Yh2Kq8Lm3Nt7Pz1\",\n"
          + "  \"code\": 403,\n"
          + "  \"name\": \"Forbidden\",\n"
          + "  \"message\": \"This access token is missing the scope required to read"
          + " compensations\",\n"
          + "  \"issues\": [\n"
          + "    {\"name\": \"compensations\", \"reason\": \"requires scope compensations:read\","
          + " \"forbidden\": true}\n"
          + "  ]\n"
          + "}";

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  private static HumaansApiException map(int status, String body) {
    return ErrorMapper.fromResponse("GET", "/people", status, Headers.of(), body, CLOCK);
  }

  @ParameterizedTest
  @CsvSource({
    "400, io.humaans.client.errors.ValidationException",
    "401, io.humaans.client.errors.AuthenticationException",
    "403, io.humaans.client.errors.PermissionException",
    "404, io.humaans.client.errors.NotFoundException",
    "405, io.humaans.client.errors.UnexpectedStatusException",
    "408, io.humaans.client.errors.UnexpectedStatusException",
    "409, io.humaans.client.errors.ConflictException",
    "410, io.humaans.client.errors.UnexpectedStatusException",
    "422, io.humaans.client.errors.ValidationException",
    "429, io.humaans.client.errors.RateLimitException",
    "500, io.humaans.client.errors.ServerException",
    "502, io.humaans.client.errors.ServerException",
    "503, io.humaans.client.errors.ServerException",
    "504, io.humaans.client.errors.ServerException",
    "599, io.humaans.client.errors.ServerException",
    "302, io.humaans.client.errors.UnexpectedStatusException",
    "418, io.humaans.client.errors.UnexpectedStatusException",
  })
  void mapsEachStatusToItsExactType(int status, String typeName) throws Exception {
    HumaansApiException e = map(status, "{\"message\":\"boom\"}");

    assertThat(e.getClass().getName()).isEqualTo(typeName);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/people");
    assertThat(e.serverMessage()).contains("boom");
  }

  @Test
  void rejectsSuccessStatus() {
    assertThatThrownBy(() -> map(200, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an error status: 200");
  }

  @Test
  void forbiddenCompensationsNamesScopeAndWhatItUnlocks() {
    HumaansApiException e =
        ErrorMapper.fromResponse(
            "GET",
            "/compensations?personId=Qw7hT2mZpL9vXc4RbN8sKd1F",
            403,
            Headers.of(),
            FORBIDDEN_COMPENSATIONS,
            CLOCK);

    assertThat(e).isExactlyInstanceOf(PermissionException.class);
    PermissionException p = (PermissionException) e;
    assertThat(p.requiredScope()).contains(Scope.COMPENSATIONS_READ);
    assertThat(p.unlocks()).isEqualTo("read compensation data: salaries, amounts, currencies");
    assertThat(p.getMessage())
        .isEqualTo(
            "403 Forbidden on GET /compensations?personId=Qw7hT2mZpL9vXc4RbN8sKd1F: this call"
                + " needs the token scope 'compensations:read' (read compensation data:"
                + " salaries, amounts, currencies). The token lacks it, or the person who created"
                + " the token has no permission for it. Server said: This access token is missing"
                + " the scope required to read compensations; issues: compensations: requires"
                + " scope compensations:read [name=Forbidden, requestId=err_5Yh2Kq8Lm3Nt7Pz1]");
    assertThat(p.errorName()).contains("Forbidden");
    assertThat(p.errorCode()).contains("403");
    assertThat(p.requestId()).contains("err_5Yh2Kq8Lm3Nt7Pz1");
    assertThat(p.rawBody()).isEqualTo(FORBIDDEN_COMPENSATIONS);
    assertThat(p.issues())
        .containsExactly(
            new ApiIssue("compensations", "requires scope compensations:read", null, true));
  }

  @Test
  void forbiddenOnWriteNamesWriteScope() {
    PermissionException p =
        (PermissionException)
            ErrorMapper.fromResponse(
                "POST", "/bank-accounts", 403, Headers.of(), "{\"message\":\"no\"}", CLOCK);

    assertThat(p.requiredScope()).contains(Scope.PRIVATE_WRITE);
    assertThat(p.getMessage())
        .startsWith(
            "403 Forbidden on POST /bank-accounts: this call needs the token scope"
                + " 'private:write' (");
  }

  @ParameterizedTest
  @ValueSource(strings = {"roles", "role-members", "role-permissions"})
  void forbiddenOnUndocumentedRoleResourceSaysWhatIsLikelyMissing(String resource) {
    PermissionException p =
        (PermissionException)
            ErrorMapper.fromResponse(
                "GET",
                "/" + resource + "?$limit=250&$skip=0",
                403,
                Headers.of(),
                "{\"message\":\"Nope\"}",
                CLOCK);

    assertThat(p.requiredScope()).isEmpty();
    assertThat(p.getMessage())
        .isEqualTo(
            "403 Forbidden on GET /"
                + resource
                + "?$limit=250&$skip=0: which token scope /"
                + resource
                + " needs is not documented (it is not in the SDK's scope table): most"
                + " likely private:read, from a token whose creator may view permission roles"
                + " (such as an Owner or Admin). The token lacks it, or the person who created"
                + " the token has no permission for it. Server said: Nope");
  }

  @Test
  void forbiddenOnUnknownPathExplainsBothCauses() {
    PermissionException p =
        (PermissionException)
            ErrorMapper.fromResponse(
                "GET", "/audit-events", 403, Headers.of(), "{\"message\":\"Nope\"}", CLOCK);

    assertThat(p.requiredScope()).isEmpty();
    assertThat(p.unlocks()).isEmpty();
    assertThat(p.getMessage())
        .isEqualTo(
            "403 Forbidden on GET /audit-events: the token lacks the scope this call needs, or"
                + " the person who created the token has no permission for it. Server said:"
                + " Nope");
  }

  @Test
  void readsCodeGivenAsString() {
    String body = "{\"code\":\"Forbidden\",\"name\":\"Forbidden\",\"message\":\"Missing scope\"}";

    HumaansApiException e =
        ErrorMapper.fromResponse("GET", "/compensations", 403, Headers.of(), body, CLOCK);

    assertThat(e).isExactlyInstanceOf(PermissionException.class);
    assertThat(e.errorCode()).contains("Forbidden");
    assertThat(e.serverMessage()).contains("Missing scope");
    assertThat(e.getMessage())
        .endsWith("Server said: Missing scope [name=Forbidden, code=Forbidden]");
  }

  @Test
  void htmlBadGatewayKeepsWholeBodyAndQuotesCappedExcerpt() {
    String html =
        "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n"
            + "<center><h1>502 Bad Gateway</h1></center>\n"
            + "x".repeat(500)
            + "\n</body>\n</html>\n";

    HumaansApiException e = map(502, html);

    assertThat(e).isExactlyInstanceOf(ServerException.class);
    assertThat(e.rawBody()).isEqualTo(html);
    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.errorName()).isEmpty();
    assertThat(e.getMessage())
        .startsWith(
            "502 Bad Gateway on GET /people: non-JSON response body: <html> <head><title>502 Bad"
                + " Gateway</title></head> <body> <center><h1>502 Bad Gateway</h1></center> xxx")
        .endsWith("x…")
        .doesNotContain("\n");
    String prefix = "502 Bad Gateway on GET /people: non-JSON response body: ";
    assertThat(e.getMessage()).hasSize(prefix.length() + 200 + 1);
  }

  @Test
  void emptyBodyIsNamedInMessage() {
    HumaansApiException e = map(401, "");

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.issues()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("401 Unauthorized on GET /people: (empty response body)");
  }

  @Test
  void truncatedJsonKeepsFieldsReadBeforeTheCut() {
    String body = "{\"code\":404,\"name\":\"NotFound\",\"message\":\"No record fou";

    HumaansApiException e = map(404, body);

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.errorCode()).contains("404");
    assertThat(e.errorName()).contains("NotFound");
    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.getMessage())
        .isEqualTo(
            "404 Not Found on GET /people: response body: {\"code\":404,\"name\":\"NotFound\","
                + "\"message\":\"No record fou [name=NotFound]");
  }

  @Test
  void malformedJsonStillMaps() {
    HumaansApiException e = map(409, "{not json at all]]");

    assertThat(e).isExactlyInstanceOf(ConflictException.class);
    assertThat(e.rawBody()).isEqualTo("{not json at all]]");
  }

  @Test
  void unprocessableEntityCarriesIssues() {
    String body =
        "{\"code\":\"ValidationError\",\"name\":\"Unprocessable\",\"message\":\"Validation"
            + " failed\",\"issues\":[{\"path\":[\"email\"],\"message\":\"must be an email\"},"
            + "{\"name\":\"firstName\",\"reason\":\"is required\"},"
            + "{\"path\":\"workingDays.0.day\",\"message\":\"unknown day\",\"forbidden\":false},"
            + "\"free text issue\", 42]}";

    HumaansApiException e =
        ErrorMapper.fromResponse("POST", "/people", 422, Headers.of(), body, CLOCK);

    assertThat(e).isExactlyInstanceOf(ValidationException.class);
    assertThat(e.issues())
        .containsExactly(
            new ApiIssue(null, "must be an email", "email", false),
            new ApiIssue("firstName", "is required", null, false),
            new ApiIssue(null, "unknown day", "workingDays.0.day", false),
            new ApiIssue(null, "free text issue", null, false));
    assertThat(e.getMessage())
        .isEqualTo(
            "422 Unprocessable Entity on POST /people: Validation failed; issues: email: must be"
                + " an email; firstName: is required; workingDays.0.day: unknown day; free text"
                + " issue [name=Unprocessable, code=ValidationError]");
  }

  @Test
  void messageListsAtMostFiveIssues() {
    StringBuilder issues = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      issues.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(i).append("\"}");
    }
    HumaansApiException e = map(400, "{\"message\":\"Bad\",\"issues\":[" + issues + "]}");

    assertThat(e.issues()).hasSize(7);
    assertThat(e.getMessage())
        .isEqualTo(
            "400 Bad Request on GET /people: Bad; issues: f0: invalid; f1: invalid; f2: invalid;"
                + " f3: invalid; f4: invalid (+2 more)");
  }

  @Test
  void requestIdComesFromHeaderFirst() {
    HumaansApiException e =
        ErrorMapper.fromResponse(
            "GET",
            "/people/x",
            404,
            Headers.of("X-Request-Id", "req-header-1"),
            "{\"id\":\"err_body_1\",\"message\":\"No record\"}",
            CLOCK);

    assertThat(e.requestId()).contains("req-header-1");
    assertThat(e.getMessage()).endsWith("[requestId=req-header-1]");
  }

  @Test
  void requestIdFallsBackToBodyId() {
    HumaansApiException e = map(404, "{\"id\":\"err_body_1\",\"message\":\"No record\"}");

    assertThat(e.requestId()).contains("err_body_1");
    assertThat(e.getMessage())
        .isEqualTo("404 Not Found on GET /people: No record [requestId=err_body_1]");
  }

  @Test
  void rateLimitCarriesRetryAfterSeconds() {
    HumaansApiException e =
        ErrorMapper.fromResponse(
            "GET",
            "/people?$skip=200",
            429,
            Headers.of("Retry-After", "3"),
            "{\"code\":429,\"name\":\"TooManyRequests\",\"message\":\"Rate limit exceeded, retry"
                + " later\"}",
            CLOCK);

    assertThat(e).isExactlyInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(e.getMessage())
        .isEqualTo(
            "429 Too Many Requests on GET /people?$skip=200: Rate limit exceeded, retry later"
                + " [name=TooManyRequests, retryAfter=3s]");
  }

  @Test
  void rateLimitReadsHttpDateAgainstClock() {
    HumaansApiException e =
        ErrorMapper.fromResponse(
            "GET",
            "/people",
            429,
            Headers.of("Retry-After", "Mon, 02 Mar 2026 10:01:30 GMT"),
            "",
            CLOCK);

    assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(90));
  }

  @Test
  void rateLimitWithoutHeaderHasNoRetryAfter() {
    HumaansApiException e = map(429, "slow down");

    assertThat(((RateLimitException) e).retryAfter()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("429 Too Many Requests on GET /people: non-JSON response body: slow down");
  }

  @Test
  void unknownStatusHasNoReasonPhrase() {
    HumaansApiException e = map(499, "{\"message\":\"odd\"}");

    assertThat(e).isExactlyInstanceOf(UnexpectedStatusException.class);
    assertThat(e.getMessage()).isEqualTo("499 on GET /people: odd");
  }

  @Test
  void serverMessageEchoingBearerTokenIsRedacted() {
    HumaansApiException e = map(401, "{\"message\":\"Invalid token Bearer secret-token-123\"}");

    assertThat(e.getMessage())
        .isEqualTo("401 Unauthorized on GET /people: Invalid token Bearer ██")
        .doesNotContain("secret-token-123");
  }

  @Test
  void ioKeepsCauseAndNamesCall() {
    SocketTimeoutException timeout = new SocketTimeoutException("timeout");

    HumaansIoException e = ErrorMapper.io("GET", "/people?$limit=100", timeout);

    assertThat(e.getCause()).isSameAs(timeout);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/people?$limit=100");
    assertThat(e.getMessage())
        .isEqualTo("GET /people?$limit=100 timed out: SocketTimeoutException: timeout");
  }

  @Test
  void decodingTakesJsonPathFromMoshiMessage() {
    JsonDataException cause =
        new JsonDataException("Expected a string but was NUMBER at path $.data[0].amount");

    HumaansDecodingException e = ErrorMapper.decoding("GET", "/compensations", cause);

    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.jsonPath()).contains("$.data[0].amount");
    assertThat(e.getMessage())
        .isEqualTo(
            "Could not read the response of GET /compensations at $.data[0].amount: Expected a"
                + " string but was NUMBER");
  }

  @Test
  void decodingWithoutPathSaysSo() {
    HumaansDecodingException e =
        ErrorMapper.decoding("GET", "/people", new IllegalStateException("missing [id]"));

    assertThat(e.jsonPath()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("Could not read the response of GET /people: missing [id]");
  }

  @Test
  void noteIsAppendedToTheMessageOfEveryRetryableStatus() {
    String note = "not retried: waiting 45 s would exceed the call timeout of 30 s (30 s left)";

    HumaansApiException timeout =
        ErrorMapper.fromResponse("GET", "/people", 408, Headers.of(), "", CLOCK, note);
    HumaansApiException gateway =
        ErrorMapper.fromResponse("GET", "/people", 504, Headers.of(), "", CLOCK, note);

    assertThat(timeout)
        .isExactlyInstanceOf(UnexpectedStatusException.class)
        .hasMessage("408 Request Timeout on GET /people: (empty response body); " + note);
    assertThat(gateway)
        .isExactlyInstanceOf(ServerException.class)
        .hasMessage("504 Gateway Timeout on GET /people: (empty response body); " + note);
    assertThat(ErrorMapper.fromResponse("GET", "/people", 504, Headers.of(), "", CLOCK, null))
        .hasMessage("504 Gateway Timeout on GET /people: (empty response body)");
  }
}
