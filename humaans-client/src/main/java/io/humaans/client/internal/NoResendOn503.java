package io.humaans.client.internal;

import io.humaans.client.RetryPolicy;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Stops OkHttp from sending a {@code POST} or {@code PATCH} again after a 503 whose {@code
 * Retry-After} is {@code 0}.
 *
 * <p>OkHttp sends any request once more, by itself and below the application interceptors, when a
 * 503 says {@code Retry-After: 0} (whatever its method or body), so a create or an update could be
 * applied twice although the client never retries them ({@link RetryPolicy}). Installed as a
 * network interceptor, this removes that header from such a response to a method the policy does
 * not retry, before OkHttp reads it; the response is otherwise returned as it came (and maps to a
 * {@code ServerException}). Other methods keep the header: the retry interceptor honours it.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class NoResendOn503 implements Interceptor {
  /** What OkHttp reads as "retry at once": digits only, all zero. */
  private static final Pattern ZERO = Pattern.compile("0+");

  private final RetryPolicy policy;

  /**
   * Creates the interceptor.
   *
   * @param policy tells which methods are retried (those keep the header)
   */
  public NoResendOn503(RetryPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 503
        && !policy.isRetryableMethod(chain.request().method())
        && asksForNoWait(response.header("Retry-After"))) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }

  private static boolean asksForNoWait(@Nullable String retryAfter) {
    return retryAfter != null && ZERO.matcher(retryAfter).matches();
  }
}
