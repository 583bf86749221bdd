package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  @Test
  void defaultsMatchJavadoc() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.maxAttempts()).isEqualTo(4);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy).isEqualTo(RetryPolicy.builder().build());
    assertThat(policy.toString())
        .isEqualTo(
            "RetryPolicy{maxAttempts=4, initialBackoff=PT0.5S, maxBackoff=PT8S,"
                + " maxRetryAfter=PT1M}");
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void newBuilderCopiesAndLeavesOriginalUnchanged() {
    RetryPolicy base = RetryPolicy.defaults();

    RetryPolicy changed = base.newBuilder().maxAttempts(6).build();

    assertThat(changed.maxAttempts()).isEqualTo(6);
    assertThat(changed.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(base.maxAttempts()).isEqualTo(4);
    assertThat(changed).isNotEqualTo(base);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "get", "HEAD", "OPTIONS", "PUT", "DELETE"})
  void idempotentMethodsAreRetryable(String method) {
    assertThat(RetryPolicy.defaults().isRetryableMethod(method)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH", "post"})
  void postAndPatchAreNeverRetryable(String method) {
    assertThat(RetryPolicy.defaults().isRetryableMethod(method)).isFalse();
  }

  @Test
  void retryableStatusesAreTransientOnes() {
    assertThat(List.of(408, 429, 502, 503, 504))
        .allMatch(s -> RetryPolicy.defaults().isRetryableStatus(s));
    assertThat(List.of(400, 401, 403, 404, 409, 422, 500, 501))
        .noneMatch(s -> RetryPolicy.defaults().isRetryableStatus(s));
  }

  @Test
  void builderRejectsInvalidValues() {
    RetryPolicy.Builder builder = RetryPolicy.builder();

    assertThatThrownBy(() -> builder.maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts < 1: 0");
    assertThatThrownBy(() -> builder.initialBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialBackoff < 0: PT-0.001S");
    assertThatThrownBy(() -> builder.maxRetryAfter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxRetryAfter == null");
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(10))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxBackoff (PT1S) < initialBackoff (PT10S)");
  }
}
