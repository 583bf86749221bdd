package io.humaans.client.internal;

import io.humaans.client.HttpLogger;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Logs each call's request line and headers, and the response's status line, timing and headers,
 * one line per {@link HttpLogger#log} call. Bodies are never logged. The values of {@code
 * Authorization}, {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie} are replaced
 * by {@value #REDACTED}, user info is removed from URLs, and the token is redacted ({@link
 * Redactor}) from every other header value and every line, in any encoding, e.g. a {@code
 * WWW-Authenticate} header that echoes it.
 *
 * <pre>
 * --&gt; GET https://app.humaans.io/api/people?%24limit=100
 * Authorization: ██
 * --&gt; END GET
 * &lt;-- 200 OK https://app.humaans.io/api/people?%24limit=100 (12 ms)
 * Content-Type: application/json
 * &lt;-- END HTTP (body not logged)
 * </pre>
 *
 * <p>Installed as an application interceptor it logs each attempt the retry interceptor makes if
 * placed after it; as a network interceptor it also shows headers OkHttp adds. Not API. Thread-safe
 * if the logger is.
 */
public final class LoggingInterceptor implements Interceptor {

  /** The placeholder that replaces a sensitive header value. */
  public static final String REDACTED = "██";

  private static final Set<String> SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final HttpLogger sink;
  private final Redactor redactor;

  /**
   * Creates the interceptor, redacting sensitive headers by name only.
   *
   * @param logger receives the lines; never null
   */
  public LoggingInterceptor(HttpLogger logger) {
    this(logger, "");
  }

  /**
   * Creates the interceptor.
   *
   * @param logger receives the lines; never null
   * @param secret the token, removed from every line in any encoding; "" for none
   */
  public LoggingInterceptor(HttpLogger logger, String secret) {
    this.sink = Objects.requireNonNull(logger, "logger == null");
    this.redactor = Redactor.of(Objects.requireNonNull(secret, "secret == null"));
  }

  private void log(String line) {
    sink.log(redactor.redact(line));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String url = withoutUserInfo(request.url());
    log("--> " + request.method() + " " + url);
    logHeaders(request.headers());
    RequestBody body = request.body();
    long length = body == null ? -1 : body.contentLength();
    log(
        "--> END "
            + request.method()
            + (body == null
                ? ""
                : length >= 0 ? " (" + length + "-byte body not logged)" : " (body not logged)"));

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(
          "<-- HTTP FAILED: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + " ("
              + elapsedMillis(start)
              + " ms)");
      throw e;
    }
    long tookMs = elapsedMillis(start);
    String message = response.message();
    log(
        "<-- "
            + response.code()
            + (message.isEmpty() ? "" : " " + message)
            + " "
            + withoutUserInfo(response.request().url())
            + " ("
            + tookMs
            + " ms)");
    logHeaders(response.headers());
    log("<-- END HTTP (body not logged)");
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value =
          SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? REDACTED : headers.value(i);
      log(name + ": " + redactor.redact(value));
    }
  }

  private static String withoutUserInfo(HttpUrl url) {
    if (url.encodedUsername().isEmpty() && url.encodedPassword().isEmpty()) {
      return url.toString();
    }
    return url.newBuilder().username("").password("").build().toString();
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
