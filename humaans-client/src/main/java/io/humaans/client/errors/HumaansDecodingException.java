package io.humaans.client.errors;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful response carried a body the client could not read: malformed JSON, a value of the
 * wrong type, or a missing required field. The message names the call and, when known, the JSON
 * path of the bad value, e.g. {@code Could not read the response of GET /people at $.data[3].id:
 * required field missing}.
 *
 * <p>Immutable and thread-safe.
 */
public class HumaansDecodingException extends HumaansException {

  private static final long serialVersionUID = 1L;

  /** The HTTP method of the request whose body could not be read. */
  private final String method;

  /** The path and query of the call, relative to the API base. */
  private final String path;

  /** Where in the JSON body reading failed, when known. */
  private final @Nullable String jsonPath;

  /**
   * Creates the exception.
   *
   * @param method the HTTP method; never null
   * @param path the path and query relative to the API base; never null
   * @param jsonPath the JSON path of the bad value, e.g. {@code $.data[3].id}, or null
   * @param detail what was wrong, in a few words; never null
   * @param cause the parser's exception, or null
   */
  public HumaansDecodingException(
      String method,
      String path,
      @Nullable String jsonPath,
      String detail,
      @Nullable Throwable cause) {
    super(message(method, path, jsonPath, detail), cause);
    this.method = method;
    this.path = path;
    this.jsonPath = jsonPath;
  }

  /** {@return the HTTP method of the call} */
  public String method() {
    return method;
  }

  /** {@return the path and query of the call, relative to the API base} */
  public String path() {
    return path;
  }

  /** {@return the JSON path of the value that could not be read, e.g. {@code $.data[3].id}} */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  private static String message(
      String method, String path, @Nullable String jsonPath, String detail) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(detail, "detail == null");
    return "Could not read the response of "
        + method
        + " "
        + path
        + (jsonPath == null ? "" : " at " + jsonPath)
        + ": "
        + detail.strip().replaceAll("\\s+", " ");
  }
}
