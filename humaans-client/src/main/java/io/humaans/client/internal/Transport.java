package io.humaans.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansException;
import java.io.EOFException;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Executes calls on {@link HumaansApi} and turns their outcome into a decoded value or a typed
 * {@link HumaansException}: non-2xx responses through {@link ErrorMapper}, I/O failures as
 * {@code HumaansIoException}, unreadable 2xx bodies as {@link HumaansDecodingException}. Every
 * error names the method and the path relative to the base URL, and the token is blanked out of
 * any response body a server echoes it in.
 *
 * <p>Bodies are streamed ({@code @Streaming}), so a connection that fails while a GET body is
 * being read surfaces here, after the retry interceptor has returned: such a GET is sent again,
 * up to the retry policy's attempt count. Thread-safe.
 */
public final class Transport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String REDACTED = "██";

  private final HumaansApi api;
  private final Clock clock;
  private final String secret;
  private final int maxBodyAttempts;

  /**
   * Creates a transport over {@code api}.
   *
   * @param clock measures HTTP-date {@code Retry-After} values of rate-limit errors
   * @param secret the token, removed from error bodies that echo it
   * @param maxBodyAttempts how often a GET whose body failed mid-read is sent in all (at least 1)
   */
  public Transport(HumaansApi api, Clock clock, String secret, int maxBodyAttempts) {
    this.api = api;
    this.clock = clock;
    this.secret = secret;
    this.maxBodyAttempts = Math.max(1, maxBodyAttempts);
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
  public <T> T send(String method, String relativeUrl, @Nullable String jsonBody, JsonAdapter<T> adapter) {
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

  private <T> T execute(String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    for (int attempt = 1; ; attempt++) {
      Response<ResponseBody> response;
      try {
        response = call.execute();
      } catch (IOException e) {
        throw ErrorMapper.io(method, "/" + relativeUrl, e);
      }
      try {
        return handle(method, relativeUrl, response, adapter);
      } catch (BodyReadFailure failure) {
        if (attempt >= bodyAttempts(method) || call.isCanceled()) {
          throw ErrorMapper.io(method, "/" + relativeUrl, failure.io);
        }
        call = call.clone();
      }
    }
  }

  private <T> CompletableFuture<T> enqueue(
      String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    CancellingFuture<T> future = new CancellingFuture<>(call);
    enqueue(method, relativeUrl, call, adapter, future, 1);
    return future;
  }

  private <T> void enqueue(String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter,
      CancellingFuture<T> future, int attempt) {
    future.current = call;
    if (future.isCancelled()) {
      call.cancel();
      return;
    }
    call.enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<ResponseBody> c, Response<ResponseBody> response) {
        try {
          future.complete(handle(method, relativeUrl, response, adapter));
        } catch (BodyReadFailure failure) {
          if (attempt >= bodyAttempts(method) || c.isCanceled() || future.isDone()) {
            future.completeExceptionally(ErrorMapper.io(method, "/" + relativeUrl, failure.io));
          } else {
            enqueue(method, relativeUrl, c.clone(), adapter, future, attempt + 1);
          }
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<ResponseBody> c, Throwable t) {
        if (t instanceof IOException io) {
          future.completeExceptionally(ErrorMapper.io(method, "/" + relativeUrl, io));
        } else {
          future.completeExceptionally(t);
        }
      }
    });
  }

  private <T> T handle(String method, String relativeUrl, Response<ResponseBody> response, JsonAdapter<T> adapter) {
    String path = "/" + relativeUrl;
    if (!response.isSuccessful()) {
      String body;
      try (ResponseBody errorBody = response.errorBody()) {
        body = errorBody == null ? "" : errorBody.string();
      } catch (IOException e) {
        body = "";
      }
      if (!secret.isEmpty() && body.contains(secret)) {
        body = body.replace(secret, REDACTED);
      }
      RetryInterceptor.@Nullable NotRetried notRetried =
          response.raw().request().tag(RetryInterceptor.NotRetried.class);
      throw ErrorMapper.fromResponse(method, path, response.code(), response.headers(), body, clock,
          notRetried == null ? null : notRetried.reason());
    }
    try (ResponseBody body = response.body()) {
      if (body == null || body.contentLength() == 0) {
        throw new HumaansDecodingException(method, path, null,
            "empty response body (HTTP " + response.code() + "); expected JSON", null);
      }
      T value = adapter.fromJson(body.source());
      if (value == null) {
        throw new HumaansDecodingException(method, path, "$",
            "response body is JSON null; expected an object", null);
      }
      return value;
    } catch (JsonDataException e) {
      throw new HumaansDecodingException(method, path, jsonPathOf(e.getMessage()),
          "unexpected JSON: " + e.getMessage(), e);
    } catch (JsonEncodingException e) {
      throw new HumaansDecodingException(method, path, jsonPathOf(e.getMessage()),
          "malformed JSON (is the base URL pointing at the Humaans API?): " + e.getMessage(), e);
    } catch (EOFException e) {
      throw new HumaansDecodingException(method, path, null,
          "truncated JSON body: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BodyReadFailure(e);
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

  /** A future whose {@code cancel} cancels the HTTP call currently running for it. */
  private static final class CancellingFuture<T> extends CompletableFuture<T> {
    volatile Call<?> current;

    CancellingFuture(Call<?> call) {
      this.current = call;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // Complete as cancelled first: cancelling the call makes OkHttp report a failure on another
      // thread, which must not win the race and complete this future exceptionally instead.
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      current.cancel();
      return cancelled;
    }
  }
}
