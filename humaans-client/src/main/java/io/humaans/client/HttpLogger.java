package io.humaans.client;

/**
 * Receives one line of HTTP traffic log at a time: request and response lines and headers, never
 * bodies, with credentials such as {@code Authorization} replaced by a placeholder and the token
 * removed from every other value; and the client's own debug notes, which start with {@code DEBUG}
 * (today one: the server capped the page size).
 *
 * <p>Logging is off unless a logger is given to the client. Implementations must be thread-safe:
 * calls on different threads may log concurrently.
 *
 * <pre>{@code
 * HttpLogger logger = System.err::println;
 * }</pre>
 */
@FunctionalInterface
public interface HttpLogger {

  /**
   * Records one log line.
   *
   * @param line the line, without a trailing newline; never null
   */
  void log(String line);
}
