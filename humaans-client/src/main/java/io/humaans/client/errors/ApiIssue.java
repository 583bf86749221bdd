package io.humaans.client.errors;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@code issues} array of a Humaans error body: a field that failed validation or
 * that the token may not see or change.
 *
 * <p>Every part is optional because the server's issue shape varies: a field {@code name}, a {@code
 * reason} or {@code message}, a {@code path}, and a {@code forbidden} flag. Immutable and
 * thread-safe.
 */
public final class ApiIssue {

  private final @Nullable String name;
  private final @Nullable String message;
  private final @Nullable String path;
  private final boolean forbidden;

  /**
   * Creates an issue.
   *
   * @param name the field or resource name, or null
   * @param message the human-readable reason, or null
   * @param path the path of the offending field (segments joined with {@code .}), or null
   * @param forbidden whether the issue is a permission denial rather than a validation failure
   */
  public ApiIssue(
      @Nullable String name, @Nullable String message, @Nullable String path, boolean forbidden) {
    this.name = name;
    this.message = message;
    this.path = path;
    this.forbidden = forbidden;
  }

  /** {@return the field or resource the issue is about (body key {@code name})} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the explanation (body key {@code reason}, else {@code message})} */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** {@return the path of the offending field (body key {@code path})} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** {@return whether the server flagged this issue as forbidden (a permission denial)} */
  public boolean forbidden() {
    return forbidden;
  }

  /** Returns a short form such as {@code email: must be unique} for messages. */
  String describe() {
    String subject = path != null ? path : name;
    String text = message != null ? message : (forbidden ? "forbidden" : "invalid");
    return subject != null ? subject + ": " + text : text;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ApiIssue)) {
      return false;
    }
    ApiIssue that = (ApiIssue) other;
    return forbidden == that.forbidden
        && Objects.equals(name, that.name)
        && Objects.equals(message, that.message)
        && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, message, path, forbidden);
  }

  @Override
  public String toString() {
    return "ApiIssue{name="
        + name
        + ", message="
        + message
        + ", path="
        + path
        + ", forbidden="
        + forbidden
        + "}";
  }
}
