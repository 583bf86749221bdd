package io.humaans.client.errors;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Objects;

/**
 * A call failed on the network: the connection could not be made or was reset, a timeout expired,
 * or the response body ended early. Idempotent calls were already retried per the client's {@code
 * RetryPolicy}. {@link #getCause()} is the original {@link IOException}, or, when its message
 * echoed the API token (a server may put it where the HTTP client quotes the response), a copy of
 * it with the token replaced by {@code ██}.
 *
 * <p>Immutable and thread-safe.
 */
public class HumaansIoException extends HumaansException {

  private static final long serialVersionUID = 1L;

  /** The HTTP method of the failed request. */
  private final String method;

  /** The path and query of the call, relative to the API base. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param method the HTTP method; never null
   * @param path the path and query relative to the API base; never null
   * @param cause the failure; never null
   */
  public HumaansIoException(String method, String path, IOException cause) {
    super(message(method, path, cause), Objects.requireNonNull(cause, "cause == null"));
    this.method = method;
    this.path = path;
  }

  /** {@return the HTTP method of the failed call} */
  public String method() {
    return method;
  }

  /** {@return the path and query of the failed call, relative to the API base} */
  public String path() {
    return path;
  }

  private static String message(String method, String path, IOException cause) {
    String kind = cause instanceof SocketTimeoutException ? "timed out" : "failed on the network";
    String detail = cause.getMessage();
    return method
        + " "
        + path
        + " "
        + kind
        + ": "
        + cause.getClass().getSimpleName()
        + (detail == null || detail.isBlank() ? "" : ": " + detail.strip().replaceAll("\\s+", " "));
  }
}
