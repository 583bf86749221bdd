package io.humaans.client.errors;

/**
 * The server rejected the token (401): it is missing, malformed, revoked or expired. Create a new
 * API access token in Humaans and check that it is sent as {@code Authorization: Bearer <token>}.
 *
 * <p>Immutable and thread-safe.
 */
public class AuthenticationException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; its message is built from {@code details}.
   *
   * @param details the response (status 401); never null
   */
  public AuthenticationException(Details details) {
    super(details);
  }
}
