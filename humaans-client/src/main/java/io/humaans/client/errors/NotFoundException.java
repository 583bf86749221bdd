package io.humaans.client.errors;

/**
 * No record exists at the path (404). Humaans may also answer 404 for a record the token is not
 * allowed to see.
 *
 * <p>Immutable and thread-safe.
 */
public class NotFoundException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; its message is built from {@code details}.
   *
   * @param details the response (status 404); never null
   */
  public NotFoundException(Details details) {
    super(details);
  }
}
