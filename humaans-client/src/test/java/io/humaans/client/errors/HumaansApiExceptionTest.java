package io.humaans.client.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HumaansApiExceptionTest {

  private static HumaansApiException.Details.Builder details() {
    return HumaansApiException.Details.builder().statusCode(404).method("GET").path("/people/x");
  }

  @Test
  void callersCanBuildExceptionsForTheirOwnTests() {
    NotFoundException e =
        new NotFoundException(
            details()
                .requestId("req_9")
                .errorName("NotFound")
                .errorCode("404")
                .serverMessage("No record found for id 'x'")
                .rawBody("{\"message\":\"No record found for id 'x'\"}")
                .issues(List.of(new ApiIssue("id", "unknown", null, false)))
                .build());

    assertThat(e.getMessage())
        .isEqualTo(
            "404 Not Found on GET /people/x: No record found for id 'x'; issues: id: unknown"
                + " [name=NotFound, requestId=req_9]");
    assertThat(e.issues()).hasSize(1);
    assertThat(e).isInstanceOf(HumaansException.class).isInstanceOf(RuntimeException.class);
  }

  @Test
  void multiLineServerMessageBecomesOneLine() {
    ServerException e =
        new ServerException(
            details().statusCode(500).serverMessage("line one\n  line two").build());

    assertThat(e.getMessage())
        .isEqualTo("500 Internal Server Error on GET /people/x: line one line two");
  }

  @Test
  void rateLimitWithoutRetryAfterOmitsTag() {
    RateLimitException e = new RateLimitException(details().statusCode(429).build(), null);

    assertThat(e.retryAfter()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("429 Too Many Requests on GET /people/x: (empty response body)");
  }

  @Test
  void rateLimitWithRetryAfterTagsIt() {
    RateLimitException e =
        new RateLimitException(details().statusCode(429).build(), Duration.ofSeconds(120));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(e.getMessage()).endsWith("[retryAfter=120s]");
  }

  @Test
  void issueWithoutNameOrMessageDescribesForbidden() {
    assertThat(new ApiIssue(null, null, null, true).describe()).isEqualTo("forbidden");
    assertThat(new ApiIssue("salary", null, null, true).describe()).isEqualTo("salary: forbidden");
  }

  @Test
  void detailsBuilderValidates() {
    assertThatThrownBy(() -> HumaansApiException.Details.builder().statusCode(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statusCode outside 100..599: 42");
    assertThatThrownBy(() -> HumaansApiException.Details.builder().method("GET").path("/").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("statusCode not set");
    assertThatThrownBy(
            () -> HumaansApiException.Details.builder().statusCode(400).path("/").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("method == null");
  }

  @Test
  void decodingExceptionNamesCallAndJsonPath() {
    HumaansDecodingException e =
        new HumaansDecodingException(
            "GET", "/people", "$.data[3].id", "required field missing", null);

    assertThat(e.jsonPath()).contains("$.data[3].id");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/people");
    assertThat(e.getMessage())
        .isEqualTo(
            "Could not read the response of GET /people at $.data[3].id: required field missing");
  }
}
