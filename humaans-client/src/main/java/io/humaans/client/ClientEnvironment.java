package io.humaans.client;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** Builds a client from environment variables, for {@link HumaansClient#fromEnv()}. */
final class ClientEnvironment {
  private ClientEnvironment() {}

  /**
   * {@return a builder with the token and, when set, the base URL taken from {@code env}}
   *
   * @param env the environment, e.g. {@code System.getenv()}
   * @throws IllegalStateException if {@value HumaansClient#TOKEN_VARIABLE} is missing or blank
   * @throws IllegalArgumentException if {@value HumaansClient#BASE_URL_VARIABLE} is not a valid
   *     base URL
   */
  static HumaansClient.Builder builder(Map<String, String> env) {
    requireNonNull(env, "env == null");
    String token = env.get(HumaansClient.TOKEN_VARIABLE);
    if (token == null) {
      throw new IllegalStateException(
          HumaansClient.TOKEN_VARIABLE + " is not set: set it to a Humaans API access token");
    }
    if (token.isBlank()) {
      throw new IllegalStateException(
          HumaansClient.TOKEN_VARIABLE + " is blank: set it to a Humaans API access token");
    }
    HumaansClient.Builder builder = HumaansClient.builder().token(token);
    String baseUrl = env.get(HumaansClient.BASE_URL_VARIABLE);
    if (baseUrl != null && !baseUrl.isBlank()) {
      try {
        builder.baseUrl(baseUrl.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            HumaansClient.BASE_URL_VARIABLE + ": " + e.getMessage(), e);
      }
    }
    return builder;
  }
}
