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
 * HttpLogger logger = HttpLogger.systemLogger();   // JDK System.Logger: SLF4J, Log4j 2 or JUL
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

  /** The name of the {@link System.Logger} that {@link #systemLogger()} writes to. */
  String SYSTEM_LOGGER_NAME = "io.humaans.client.http";

  /**
   * {@return a logger writing each line at {@code DEBUG} to the JDK's {@link System.Logger} named
   * {@value #SYSTEM_LOGGER_NAME}} SLF4J, Log4j 2 and {@code java.util.logging} can all receive
   * {@code System.Logger} output, so no logging library is needed by this client.
   */
  static HttpLogger systemLogger() {
    return systemLogger(System.getLogger(SYSTEM_LOGGER_NAME), System.Logger.Level.DEBUG);
  }

  /**
   * {@return a logger writing each line to {@code logger} at {@code level}, skipping the call when
   * that level is off}
   *
   * @param logger the JDK logger to write to
   * @param level the level of every line
   */
  static HttpLogger systemLogger(System.Logger logger, System.Logger.Level level) {
    java.util.Objects.requireNonNull(logger, "logger == null");
    java.util.Objects.requireNonNull(level, "level == null");
    return line -> {
      if (logger.isLoggable(level)) {
        logger.log(level, line);
      }
    };
  }
}
