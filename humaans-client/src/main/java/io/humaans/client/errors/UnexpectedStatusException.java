package io.humaans.client.errors;

/**
 * The server answered with an error status that has no more specific exception type (e.g. 405, 408
 * after retries, 410, or a 3xx the client did not follow).
 *
 * <p>Immutable and thread-safe.
 */
public class UnexpectedStatusException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; its message is built from {@code details}.
   *
   * @param details the response (a non-2xx status without a more specific type); never null
   */
  public UnexpectedStatusException(Details details) {
    super(details);
  }
}
