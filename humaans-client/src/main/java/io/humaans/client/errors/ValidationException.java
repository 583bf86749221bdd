package io.humaans.client.errors;

/**
 * The server rejected the request as invalid (400 or 422). {@link #issues()} lists the offending
 * fields when the server names them; the message shows the first five.
 *
 * <p>Immutable and thread-safe.
 */
public class ValidationException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; its message is built from {@code details}.
   *
   * @param details the response (status 400 or 422); never null
   */
  public ValidationException(Details details) {
    super(details);
  }
}
