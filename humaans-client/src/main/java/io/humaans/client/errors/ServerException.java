package io.humaans.client.errors;

/**
 * The server failed (5xx). The body may be an HTML error page; {@link #rawBody()} keeps it whole.
 * Idempotent calls that got 502, 503 or 504 were already retried per the client's {@code
 * RetryPolicy}.
 *
 * <p>Immutable and thread-safe.
 */
public class ServerException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; its message is built from {@code details}.
   *
   * @param details the response (a 5xx status); never null
   */
  public ServerException(Details details) {
    super(details);
  }
}
