package io.humaans.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the Humaans client throws. Unchecked.
 *
 * <p>Catch a subclass to react to one kind of failure: {@link HumaansApiException} for an error
 * status from the server, {@link HumaansIoException} for network failures, {@link
 * HumaansDecodingException} for unreadable response bodies. Messages never contain the API token.
 */
public class HumaansException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and no cause.
   *
   * @param message a single-line description; never null
   */
  public HumaansException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message a single-line description; never null
   * @param cause the underlying failure, or null
   */
  public HumaansException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
