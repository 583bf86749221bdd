package io.humaans.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>}, {@code Accept} and {@code User-Agent} to every
 * request. It is the only holder of the token; its {@code toString()} does not show it.
 */
public final class AuthInterceptor implements Interceptor {
  private final String authorization;
  private final String userAgent;

  /** Creates an interceptor for {@code token}, sending {@code userAgent}. */
  public AuthInterceptor(String token, String userAgent) {
    this.authorization = "Bearer " + token;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain
            .request()
            .newBuilder()
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{token=██, userAgent=" + userAgent + "}";
  }
}
