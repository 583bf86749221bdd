package io.humaans.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansException;
import io.humaans.client.errors.HumaansIoException;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Executes calls on {@link HumaansApi} and turns their outcome into a decoded value or a typed
 * {@link HumaansException}: non-2xx responses through {@link ErrorMapper}, I/O failures as {@code
 * HumaansIoException}, unreadable 2xx bodies as {@link HumaansDecodingException}. Every error names
 * the method and the path relative to the base URL, and the token is blanked out of any response
 * body or header a server echoes it in, in any encoding ({@link Redactor}). So is every successful
 * body before it is parsed: the body is read whole, {@link SecretScanner} looks through its bytes
 * once, and only a body that may hold the token is copied with every string (keys too) redacted
 * ({@link RedactedJsonCopy}) and decoded from the copy, with a warning to the client's logger. A
 * UTF-8 byte-order mark before the JSON is skipped; a body in a {@code Content-Encoding} the HTTP
 * client did not decode fails with a {@link HumaansDecodingException} naming the encoding, and so
 * does a body with anything but whitespace after its JSON value.
 *
 * <p>Bodies are streamed ({@code @Streaming}), so a connection that fails while a GET body is being
 * read surfaces here, after the retry interceptor has returned: such a GET is sent again, up to the
 * retry policy's attempt count. Any I/O failure of the body's source counts as such a break,
 * including an {@code EOFException} from a chunked body cut at a chunk boundary; only a body that
 * ended cleanly with incomplete JSON is "truncated JSON". Every {@code Throwable} while handling an
 * asynchronous response completes its future, and an optional time limit bounds how long an
 * asynchronous call may take. Thread-safe.
 */
public final class Transport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String REDACTED = Redactor.PLACEHOLDER;
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private final HumaansApi api;
  private final Clock clock;
  private final Redactor redactor;
  private final SecretScanner scanner;
  private final @Nullable Consumer<String> warnings;
  private final int maxBodyAttempts;
  private final Duration asyncLimit;
  private final okhttp3.Call.@Nullable Factory callFactory;

  /**
   * Creates a transport over {@code api} whose asynchronous calls have no time limit of their own.
   *
   * @param clock measures HTTP-date {@code Retry-After} values of rate-limit errors
   * @param secret the token, removed from error bodies and headers that echo it
   * @param maxBodyAttempts how often a GET whose body failed mid-read is sent in all (at least 1)
   */
  public Transport(HumaansApi api, Clock clock, String secret, int maxBodyAttempts) {
    this(api, clock, secret, maxBodyAttempts, Duration.ZERO, null, null);
  }

  /**
   * Creates a transport over {@code api}.
   *
   * @param clock measures HTTP-date {@code Retry-After} values of rate-limit errors
   * @param secret the token, removed from error bodies and headers that echo it, in any encoding
   * @param maxBodyAttempts how often a GET whose body failed mid-read is sent in all (at least 1)
   * @param asyncLimit how long an asynchronous call may take in all before its future fails with a
   *     {@code HumaansIoException} and the call is cancelled; zero for no limit
   * @param callFactory the OkHttp client behind {@code api}, used to run asynchronous calls
   *     directly so every {@code Throwable} completes their future; null to go through Retrofit
   * @param warnings receives one line (without the token) for each successful body that echoed the
   *     token, which was replaced by {@value Redactor#PLACEHOLDER} before parsing; null for none
   */
  public Transport(
      HumaansApi api,
      Clock clock,
      String secret,
      int maxBodyAttempts,
      Duration asyncLimit,
      okhttp3.Call.@Nullable Factory callFactory,
      @Nullable Consumer<String> warnings) {
    this.callFactory = callFactory;
    this.api = api;
    this.clock = clock;
    this.redactor = Redactor.of(secret);
    this.scanner = new SecretScanner(secret);
    this.warnings = warnings;
    this.maxBodyAttempts = Math.max(1, maxBodyAttempts);
    this.asyncLimit = asyncLimit.isNegative() ? Duration.ZERO : asyncLimit;
  }

  /** Runs {@code GET relativeUrl} and decodes the body with {@code adapter}. */
  public <T> T get(String relativeUrl, JsonAdapter<T> adapter) {
    return execute("GET", relativeUrl, api.get(relativeUrl), adapter);
  }

  /** Runs {@code GET relativeUrl} asynchronously; cancelling the future cancels the HTTP call. */
  public <T> CompletableFuture<T> getAsync(String relativeUrl, JsonAdapter<T> adapter) {
    return enqueue("GET", relativeUrl, api.get(relativeUrl), adapter);
  }

  /** Runs {@code method relativeUrl} with an optional JSON body and decodes the response. */
  public <T> T send(
      String method, String relativeUrl, @Nullable String jsonBody, JsonAdapter<T> adapter) {
    return execute(method, relativeUrl, call(method, relativeUrl, jsonBody), adapter);
  }

  /** Asynchronous {@link #send}; cancelling the future cancels the HTTP call. */
  public <T> CompletableFuture<T> sendAsync(
      String method, String relativeUrl, @Nullable String jsonBody, JsonAdapter<T> adapter) {
    return enqueue(method, relativeUrl, call(method, relativeUrl, jsonBody), adapter);
  }

  private Call<ResponseBody> call(String method, String relativeUrl, @Nullable String jsonBody) {
    return switch (method) {
      case "GET" -> api.get(relativeUrl);
      case "POST" -> api.post(relativeUrl, RequestBody.create(orEmpty(jsonBody), JSON));
      case "PATCH" -> api.patch(relativeUrl, RequestBody.create(orEmpty(jsonBody), JSON));
      case "DELETE" -> api.delete(relativeUrl);
      default -> throw new IllegalArgumentException("unsupported method " + method);
    };
  }

  private static String orEmpty(@Nullable String body) {
    return body == null ? "{}" : body;
  }

  private int bodyAttempts(String method) {
    return method.equals("GET") ? maxBodyAttempts : 1;
  }

  private <T> T execute(
      String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    for (int attempt = 1; ; attempt++) {
      Response<ResponseBody> response;
      try {
        response = call.execute();
      } catch (IOException e) {
        throw io(method, "/" + relativeUrl, e);
      }
      try {
        return handle(method, relativeUrl, response, adapter);
      } catch (BodyReadFailure failure) {
        if (attempt >= bodyAttempts(method) || call.isCanceled()) {
          throw io(method, "/" + relativeUrl, failure.io);
        }
        call = call.clone();
      }
    }
  }

  private <T> CompletableFuture<T> enqueue(
      String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    okhttp3.Call raw = callFactory != null ? callFactory.newCall(call.request()) : null;
    CancellingFuture<T> future = new CancellingFuture<>(raw != null ? raw::cancel : call::cancel);
    if (!asyncLimit.isZero()) {
      future.failAfter(
          asyncLimit,
          () ->
              io(
                  method,
                  "/" + relativeUrl,
                  new SocketTimeoutException(
                      "no complete response within "
                          + RetryInterceptor.seconds(asyncLimit)
                          + " s (the limit the client derives from its timeouts and retry policy)")));
    }
    try {
      if (raw != null) {
        enqueueRaw(method, relativeUrl, raw, adapter, future, 1);
      } else {
        enqueue(method, relativeUrl, call, adapter, future, 1);
      }
    } catch (Throwable e) {
      future.completeExceptionally(e);
      rethrowIfFatal(e);
    }
    return future;
  }

  /** Rethrows errors no program should swallow; everything else was reported through a future. */
  private static void rethrowIfFatal(Throwable e) {
    if (e instanceof VirtualMachineError ve && !(e instanceof OutOfMemoryError)) {
      throw ve;
    }
  }

  /**
   * Runs an asynchronous call on OkHttp directly, so that every {@code Throwable} while the
   * response is handled reaches this code (Retrofit rethrows a {@code LinkageError} such as {@code
   * NoSuchMethodError} on OkHttp's thread, where no callback would ever see it).
   */
  private <T> void enqueueRaw(
      String method,
      String relativeUrl,
      okhttp3.Call call,
      JsonAdapter<T> adapter,
      CancellingFuture<T> future,
      int attempt) {
    future.current = call::cancel;
    if (future.isCancelled()) {
      call.cancel();
      return;
    }
    call.enqueue(
        new okhttp3.Callback() {
          @Override
          public void onResponse(okhttp3.Call c, okhttp3.Response rawResponse) {
            settle(
                method,
                relativeUrl,
                future,
                attempt,
                c::isCanceled,
                () ->
                    rawResponse.isSuccessful()
                        ? Response.success(rawResponse.body(), rawResponse)
                        : Response.error(rawResponse.body(), rawResponse),
                adapter,
                () -> enqueueRaw(method, relativeUrl, c.clone(), adapter, future, attempt + 1),
                rawResponse::close);
          }

          @Override
          public void onFailure(okhttp3.Call c, IOException e) {
            future.completeExceptionally(io(method, "/" + relativeUrl, e));
          }
        });
  }

  private <T> void enqueue(
      String method,
      String relativeUrl,
      Call<ResponseBody> call,
      JsonAdapter<T> adapter,
      CancellingFuture<T> future,
      int attempt) {
    future.current = call::cancel;
    if (future.isCancelled()) {
      call.cancel();
      return;
    }
    call.enqueue(
        new Callback<>() {
          @Override
          public void onResponse(Call<ResponseBody> c, Response<ResponseBody> response) {
            settle(
                method,
                relativeUrl,
                future,
                attempt,
                c::isCanceled,
                () -> response,
                adapter,
                () -> enqueue(method, relativeUrl, c.clone(), adapter, future, attempt + 1),
                () -> {});
          }

          @Override
          public void onFailure(Call<ResponseBody> c, Throwable t) {
            if (t instanceof IOException io) {
              future.completeExceptionally(io(method, "/" + relativeUrl, io));
            } else {
              future.completeExceptionally(t);
            }
          }
        });
  }

  /**
   * Completes {@code future} with the handled response of one attempt. A body cut short is sent
   * again by {@code again} while the method has attempts left (GET only) and nobody cancelled; any
   * other {@code Throwable}, errors too (OutOfMemoryError on a huge page, NoSuchMethodError from a
   * mixed OkHttp version), completes the future, since a future left incomplete would make its
   * waiter wait forever, and then runs {@code release}.
   */
  private <T> void settle(
      String method,
      String relativeUrl,
      CancellingFuture<T> future,
      int attempt,
      BooleanSupplier cancelled,
      Supplier<Response<ResponseBody>> response,
      JsonAdapter<T> adapter,
      Runnable again,
      Runnable release) {
    try {
      future.complete(handle(method, relativeUrl, response.get(), adapter));
    } catch (BodyReadFailure failure) {
      if (attempt >= bodyAttempts(method) || cancelled.getAsBoolean() || future.isDone()) {
        future.completeExceptionally(io(method, "/" + relativeUrl, failure.io));
      } else {
        again.run();
      }
    } catch (Throwable e) {
      future.completeExceptionally(e);
      try {
        release.run();
      } catch (Throwable closing) {
        e.addSuppressed(closing);
      }
      rethrowIfFatal(e);
    }
  }

  private <T> T handle(
      String method, String relativeUrl, Response<ResponseBody> response, JsonAdapter<T> adapter) {
    String path = "/" + relativeUrl;
    if (!response.isSuccessful()) {
      String body;
      try (ResponseBody errorBody = response.errorBody()) {
        body = errorBody == null ? "" : errorBody.string();
      } catch (IOException e) {
        body = "";
      }
      RetryInterceptor.@Nullable NotRetried notRetried =
          response.raw().request().tag(RetryInterceptor.NotRetried.class);
      Headers headers = redacted(response.headers());
      throw ErrorMapper.fromResponse(
          method,
          path,
          response.code(),
          headers,
          redactor.redact(body),
          clock,
          notRetried != null
              ? notRetried.reason()
              : redirectNotFollowed(method, response, headers));
    }
    String encoding = response.headers().get("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      closeQuietly(response.body());
      throw new HumaansDecodingException(
          method,
          path,
          null,
          "the response body is in Content-Encoding '"
              + redactor.redact(encoding.strip())
              + "', which the client cannot decode (only identity, and gzip"
              + " when the HTTP client asked for it)",
          null);
    }
    try (ResponseBody body = response.body()) {
      if (body == null || body.contentLength() == 0) {
        throw new HumaansDecodingException(
            method,
            path,
            null,
            "empty response body (HTTP " + response.code() + "); expected JSON",
            null);
      }
      TrackingSource tracked = new TrackingSource(body.source());
      try {
        BufferedSource source = Okio.buffer(tracked);
        if (source.rangeEquals(0, UTF8_BOM)) {
          source.skip(UTF8_BOM.size());
        }
        source.request(Long.MAX_VALUE); // the whole body, so it can be scanned before parsing
        JsonReader reader = JsonReader.of(source);
        T value;
        if (scanner.mayHold(source.getBuffer())) {
          RedactedJsonCopy copy = RedactedJsonCopy.of(reader, redactor);
          value = adapter.fromJson(copy.reader());
          if (copy.changed()) {
            warnEchoed(method, path);
          }
        } else {
          value = adapter.fromJson(reader);
        }
        if (value == null) {
          throw new HumaansDecodingException(
              method, path, "$", "response body is JSON null; expected an object", null);
        }
        if (!atEnd(reader)) {
          throw new HumaansDecodingException(
              method,
              path,
              null,
              "the body goes on after its JSON value (trailing content); it is not the one JSON"
                  + " document expected, so what it holds cannot be told",
              null);
        }
        return value;
      } catch (IOException | RuntimeException e) {
        // A failure of the connection (including a body cut at an HTTP chunk boundary, which
        // surfaces as EOFException) is a network failure whatever the parser made of it.
        if (tracked.failure != null) {
          throw new BodyReadFailure(tracked.failure);
        }
        throw e;
      }
    } catch (JsonDataException e) {
      String message = redactor.redact(String.valueOf(e.getMessage()));
      throw new HumaansDecodingException(
          method, path, jsonPathOf(message), "unexpected JSON: " + message, causeWithout(e));
    } catch (JsonEncodingException e) {
      String message = redactor.redact(String.valueOf(e.getMessage()));
      throw new HumaansDecodingException(
          method,
          path,
          jsonPathOf(message),
          "malformed JSON (is the base URL pointing at the Humaans API?): " + message,
          causeWithout(e));
    } catch (EOFException e) {
      throw new HumaansDecodingException(
          method,
          path,
          null,
          "truncated JSON body (the HTTP body ended cleanly, the JSON did not): "
              + redactor.redact(String.valueOf(e.getMessage())),
          causeWithout(e));
    } catch (IOException e) {
      throw new BodyReadFailure(e);
    }
  }

  /**
   * Says where a write answered with a redirect was sent, which it was not ({@link
   * WritesNotRedirected}); null for anything else.
   */
  private static @Nullable String redirectNotFollowed(
      String method, Response<ResponseBody> response, Headers redactedHeaders) {
    String location = redactedHeaders.get("Location");
    if (method.equals("GET") || location == null || response.code() / 100 != 3) {
      return null;
    }
    return "not followed: the server redirects this "
        + method
        + " to "
        + location
        + ", and the client sends a write nowhere else (a 301, 302 or 303 would turn it into a GET)";
  }

  /** Notes that a successful body echoed the token (it was blanked out before parsing). */
  private void warnEchoed(String method, String path) {
    Consumer<String> sink = warnings;
    if (sink != null) {
      sink.accept(
          "WARN humaans: the response to "
              + method
              + " "
              + redactor.redact(path)
              + " echoed the API token in its body; every occurrence was replaced by "
              + REDACTED
              + " before parsing");
    }
  }

  /**
   * Returns whether only whitespace follows the JSON value just read; I/O failures propagate, so a
   * connection that breaks here is still a network failure.
   */
  private static boolean atEnd(JsonReader reader) throws IOException {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException e) {
      return false; // anything but whitespace after a complete value
    }
  }

  /**
   * Returns {@code e} as the cause of a decoding failure, or null when its message quotes the token
   * (a parser quotes the value it could not read, which a server may have filled with the token).
   */
  private @Nullable Exception causeWithout(Exception e) {
    String message = e.getMessage();
    return message != null && redactor.appearsIn(message) ? null : e;
  }

  /**
   * Maps a network failure, blanking the token out of its messages ({@link Redactor#redact(
   * IOException)}): a server may echo it where the HTTP client quotes the response.
   */
  private HumaansIoException io(String method, String path, IOException e) {
    return ErrorMapper.io(method, path, redactor.redact(e));
  }

  private Headers redacted(Headers headers) {
    Headers.Builder out = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      out.addUnsafeNonAscii(headers.name(i), redactor.redact(headers.value(i)));
    }
    return out.build();
  }

  private static void closeQuietly(@Nullable ResponseBody body) {
    if (body != null) {
      body.close();
    }
  }

  /** Extracts the trailing {@code $...} JSON path Moshi puts in its messages, if any. */
  static @Nullable String jsonPathOf(@Nullable String message) {
    if (message == null) {
      return null;
    }
    int at = message.lastIndexOf(" $");
    if (at < 0) {
      return null;
    }
    String path = message.substring(at + 1).trim();
    return path.isEmpty() ? null : path;
  }

  @Override
  public String toString() {
    return "Transport{token=" + REDACTED + "}";
  }

  /** The connection failed while a successful response's body was being read. */
  private static final class BodyReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient IOException io;

    BodyReadFailure(IOException io) {
      super(null, null, false, false);
      this.io = io;
    }
  }
}
