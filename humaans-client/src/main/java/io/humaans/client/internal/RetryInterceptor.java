package io.humaans.client.internal;

import io.humaans.client.RetryPolicy;
import io.humaans.client.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Retries idempotent calls that failed transiently, per a {@link RetryPolicy}.
 *
 * <p>Install it as an application interceptor ({@code OkHttpClient.Builder.addInterceptor}), since
 * it calls {@code chain.proceed} more than once. It retries {@code GET}, {@code HEAD}, {@code
 * OPTIONS}, {@code PUT} and {@code DELETE} (never {@code POST} or {@code PATCH}, never a one-shot
 * body) after an {@link IOException} or a 408, 429, 502, 503 or 504 response. Each retry sends the
 * same request. A request it never sends again after an {@code IOException} (POST, PATCH, DELETE, a
 * one-shot body) goes through OkHttp with {@code retryOnConnectionFailure} off, so OkHttp does not
 * resend it either (after a failure on a reused connection, or a 408); see {@link NoResendOn503}
 * for OkHttp's other resend. A read keeps OkHttp's recovery of a reused connection the server
 * closed, even under a policy of one attempt. Between attempts it waits the response's {@code
 * Retry-After} when present, or else a capped exponential backoff with jitter; a {@code
 * Retry-After} above {@link RetryPolicy#maxRetryAfter()} ends the retries and that response is
 * returned. Discarded responses are closed. When attempts run out it returns the last response, so
 * the caller can map it to a typed error, or rethrows the last {@code IOException}. It adds no
 * headers.
 *
 * <p>Call timeout: OkHttp starts a call's timeout ({@code OkHttpClient.Builder.callTimeout}) right
 * before the application interceptors run, and exposes it only as the {@code timeoutNanos()} of
 * {@code call.timeout()}, not as a deadline. This interceptor therefore takes the deadline to be
 * its own start, read from the clock, plus that timeout. A wait that would not end before the
 * deadline is not taken: the response that asked for it is returned at once, its request tagged
 * with a {@link NotRetried} that says why; after an {@code IOException} that exception is rethrown
 * at once. An explicit {@code call.timeout().deadline(..)} is not consulted.
 *
 * <p>Cancellation: the wait is {@link Sleeper#sleep(Duration, java.util.function.BooleanSupplier)}
 * with the call's {@code isCanceled()}, so a cancelling sleeper such as {@link Sleeper#system()}
 * ends early when the call is cancelled; the call then fails with {@code IOException("Canceled")},
 * as OkHttp's own cancelled calls do, and nothing more is sent.
 *
 * <p>Not API. Thread-safe if the sleeper, clock and random source are.
 */
public final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * Creates the interceptor.
   *
   * @param policy which calls to retry and how long to wait
   * @param sleeper waits between attempts
   * @param clock measures HTTP-date {@code Retry-After} values and how much of the call timeout has
   *     passed
   * @param random returns values in {@code [0, 1)} that scale the backoff between 50% and 100%
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.policy = Objects.requireNonNull(policy, "policy == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.random = Objects.requireNonNull(random, "random == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Call call = chain.call();
    boolean idempotent = isRetryable(request);
    int maxAttempts = idempotent ? policy.maxAttempts() : 1;
    // A DELETE whose response was lost may have been applied: retrying it would turn a success
    // into a 404. It is retried only when the server says it did not process it (429, 503).
    boolean onlyWhenRefused = request.method().equals("DELETE");
    // OkHttp starts the call timeout just before the application interceptors run and keeps it
    // as a timeout, not a deadline (hasDeadline() is false): the deadline is taken from here.
    Duration callTimeout = Duration.ofNanos(call.timeout().timeoutNanos());
    Instant start = clock.instant();
    // Below this interceptor OkHttp sends a request again by itself after a network failure on a
    // reused connection, and after a 408: a POST, PATCH or DELETE sent there twice would create a
    // row twice, or report a delete that was applied as a 404: a write never resent here after a
    // network failure is not resent there either. A read keeps OkHttp's recovery even under a
    // policy of one attempt: it is how a keep-alive connection the server closed is replaced.
    Chain attempts =
        idempotent && !onlyWhenRefused ? chain : chain.withRetryOnConnectionFailure(false);
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = attempts.proceed(request);
      } catch (IOException e) {
        if (attempt >= maxAttempts || onlyWhenRefused || !isRetryable(e) || call.isCanceled()) {
          throw e;
        }
        Duration wait = backoff(attempt);
        if (pastDeadline(wait, callTimeout, start) != null) {
          throw e;
        }
        sleep(wait, call, e);
        checkNotCanceled(call);
        continue;
      }
      int code = response.code();
      if (attempt >= maxAttempts
          || !policy.isRetryableStatus(code)
          || (onlyWhenRefused && code != 429 && code != 503)
          || call.isCanceled()) {
        return response;
      }
      Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
      if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
        return response;
      }
      Duration wait = retryAfter.isPresent() ? retryAfter.get() : backoff(attempt);
      @Nullable String tooLate = pastDeadline(wait, callTimeout, start);
      if (tooLate != null) {
        Request tagged =
            response.request().newBuilder().tag(NotRetried.class, new NotRetried(tooLate)).build();
        return response.newBuilder().request(tagged).build();
      }
      response.close();
      sleep(wait, call, null);
      checkNotCanceled(call);
    }
  }

  /**
   * Returns why waiting {@code wait} is pointless, or null when the call has no timeout or the wait
   * ends before its deadline ({@code start + callTimeout}, measured with the clock).
   */
  private @Nullable String pastDeadline(Duration wait, Duration callTimeout, Instant start) {
    if (callTimeout.isZero()) {
      return null;
    }
    Duration left = callTimeout.minus(Duration.between(start, clock.instant()));
    if (wait.compareTo(left) < 0) {
      return null;
    }
    return "not retried: waiting "
        + seconds(wait)
        + " s would exceed the call timeout of "
        + seconds(callTimeout)
        + " s ("
        + seconds(left.isNegative() ? Duration.ZERO : left)
        + " s left)";
  }

  /** Returns e.g. {@code 30}, {@code 0.25} or {@code 12.346}: seconds rounded to milliseconds. */
  static String seconds(Duration d) {
    BigDecimal seconds =
        BigDecimal.valueOf(d.getSeconds())
            .add(BigDecimal.valueOf(d.getNano(), 9))
            .setScale(3, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return seconds.toPlainString();
  }

  /** Stops retrying a call that was cancelled while this interceptor waited. */
  private static void checkNotCanceled(Call call) throws IOException {
    if (call.isCanceled()) {
      throw new IOException("Canceled");
    }
  }

  /**
   * Returns the jittered backoff before retry number {@code retry} (1-based): {@code
   * min(maxBackoff, initialBackoff * 2^(retry-1))} scaled by a factor in {@code [0.5, 1.0]}.
   */
  Duration backoff(int retry) {
    Duration base = policy.initialBackoff();
    Duration cap = policy.maxBackoff();
    for (int i = 1; i < retry && base.compareTo(cap) < 0; i++) {
      base = base.multipliedBy(2);
    }
    if (base.compareTo(cap) > 0) {
      base = cap;
    }
    double r = random.getAsDouble();
    double factor = 0.5 + 0.5 * Math.max(0.0, Math.min(1.0, r));
    return Duration.ofNanos(Math.round(base.toNanos() * factor));
  }

  private boolean isRetryable(Request request) {
    if (!policy.isRetryableMethod(request.method())) {
      return false;
    }
    RequestBody body = request.body();
    return body == null || !body.isOneShot();
  }

  private static boolean isRetryable(IOException e) {
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
      return false; // canceled or interrupted, not a network failure
    }
    if (e instanceof SSLPeerUnverifiedException || e instanceof ProtocolException) {
      return false;
    }
    return !(e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException);
  }

  private void sleep(Duration wait, Call call, @Nullable IOException pending)
      throws InterruptedIOException {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait, call::isCanceled);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting " + wait + " to retry");
      interrupted.initCause(e);
      if (pending != null) {
        interrupted.addSuppressed(pending);
      }
      throw interrupted;
    }
  }

  /**
   * Tags the request of a response this interceptor returned without retrying because the wait
   * would pass the call's deadline; {@link #reason()} says so in words, for the error message.
   *
   * @param reason e.g. {@code not retried: waiting 45 s would exceed the call timeout of 30 s (30 s
   *     left)}
   */
  public record NotRetried(String reason) {}
}
