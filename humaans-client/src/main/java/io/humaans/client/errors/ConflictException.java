package io.humaans.client.errors;

/**
 * The request conflicts with the current state of the record (409).
 *
 * <p>Immutable and thread-safe.
 */
public class ConflictException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; its message is built from {@code details}.
   *
   * @param details the response (status 409); never null
   */
  public ConflictException(Details details) {
    super(details);
  }
}
