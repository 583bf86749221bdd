package io.humaans.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansException;
import java.io.EOFException;
import java.io.IOException;
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
 * error names the method and the path relative to the base URL; none carries the token (it lives
 * only in the authentication interceptor). Thread-safe.
 */
public final class Transport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HumaansApi api;

  /** Creates a transport over {@code api}. */
  public Transport(HumaansApi api) {
    this.api = api;
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

  private <T> T execute(String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw ErrorMapper.io(method, "/" + relativeUrl, e);
    }
    return handle(method, relativeUrl, response, adapter);
  }

  private <T> CompletableFuture<T> enqueue(
      String method, String relativeUrl, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    CancellingFuture<T> future = new CancellingFuture<>(call);
    call.enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<ResponseBody> c, Response<ResponseBody> response) {
        try {
          future.complete(handle(method, relativeUrl, response, adapter));
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
    return future;
  }

  private static <T> T handle(
      String method, String relativeUrl, Response<ResponseBody> response, JsonAdapter<T> adapter) {
    String path = "/" + relativeUrl;
    if (!response.isSuccessful()) {
      String body;
      try (ResponseBody errorBody = response.errorBody()) {
        body = errorBody == null ? "" : errorBody.string();
      } catch (IOException e) {
        body = "";
      }
      throw ErrorMapper.fromResponse(method, path, response.code(), response.headers(), body);
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
      throw ErrorMapper.io(method, path, e);
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

  /** A future whose {@code cancel} cancels the underlying HTTP call. */
  private static final class CancellingFuture<T> extends CompletableFuture<T> {
    private final Call<?> call;

    CancellingFuture(Call<?> call) {
      this.call = call;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      call.cancel();
      return super.cancel(mayInterruptIfRunning);
    }
  }
}
