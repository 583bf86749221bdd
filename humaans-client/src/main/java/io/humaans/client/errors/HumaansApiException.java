package io.humaans.client.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error status. Subclasses name the status family: {@link
 * ValidationException} (400, 422), {@link AuthenticationException} (401), {@link
 * PermissionException} (403), {@link NotFoundException} (404), {@link ConflictException} (409),
 * {@link RateLimitException} (429), {@link ServerException} (5xx) and {@link
 * UnexpectedStatusException} (anything else).
 *
 * <p>The message is one line naming the status, method, path and the server's explanation, e.g.
 * {@code 404 Not Found on GET /people/abc: No record found [name=NotFound, requestId=err_1]},
 * followed by the client's note when it stopped retrying early ({@code ...; not retried: waiting 45
 * s would exceed the call timeout of 30 s (30 s left)}). A non-JSON body (an HTML error page) is
 * quoted in the message up to 200 characters; {@link #rawBody()} always keeps the whole body.
 * Nothing here contains the API token: the client replaces it by {@code ██} in the body and headers
 * before they are parsed (raw, JSON-escaped or percent-encoded), so the message, {@link
 * #rawBody()}, {@link #serverMessage()}, {@link #issues()} and {@link #requestId()} are free of it;
 * in addition, any {@code Bearer} credential or {@code token=} parameter in the message is replaced
 * by {@code ██}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract class HumaansApiException extends HumaansException {

  private static final long serialVersionUID = 1L;
  private static final int EXCERPT_LIMIT = 200;
  private static final int ISSUE_LIMIT = 5;
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer)\\s+[^\\s\"',;]+");
  private static final Pattern TOKEN_PARAM = Pattern.compile("(?i)((?:access_)?token=)[^&\\s\"']+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(402, "Payment Required"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(413, "Payload Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  /** What the request and the answer were (serialized with the exception). */
  private final Details details;

  /**
   * Creates an exception whose message is built from {@code details}.
   *
   * @param details the response; never null
   */
  protected HumaansApiException(Details details) {
    this(details, standardMessage(details, List.of()));
  }

  /**
   * Creates an exception with a message of the subclass's making.
   *
   * @param details the response; never null
   * @param message a single-line message; redacted again before use
   */
  protected HumaansApiException(Details details, String message) {
    super(redact(withNote(Objects.requireNonNull(details, "details == null"), message)));
    this.details = details;
  }

  private static String withNote(Details details, String message) {
    return details.note == null ? message : message + "; " + oneLine(details.note);
  }

  /** {@return the HTTP status code, e.g. 403} */
  public int statusCode() {
    return details.statusCode;
  }

  /** {@return the HTTP method of the failed call, e.g. {@code GET}} */
  public String method() {
    return details.method;
  }

  /**
   * Returns the path and query of the failed call as sent, relative to the API base, e.g. {@code
   * /compensations?personId=x}. It never contains host credentials or the token.
   *
   * @return the path and query of the failed call
   */
  public String path() {
    return details.path;
  }

  /**
   * {@return the request id: the {@code X-Request-Id} response header, else the body's {@code id}}
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId);
  }

  /** {@return the error class the server named (body key {@code name}), e.g. {@code Forbidden}} */
  public Optional<String> errorName() {
    return Optional.ofNullable(details.errorName);
  }

  /**
   * {@return the body's {@code code} as a string; Humaans usually sends the numeric status ({@code
   * "403"}) but a string such as {@code "ValidationError"} is kept as is}
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(details.errorCode);
  }

  /** {@return the server's human-readable explanation (body key {@code message})} */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(details.serverMessage);
  }

  /** {@return the whole response body as received: never truncated, possibly HTML or empty} */
  public String rawBody() {
    return details.rawBody;
  }

  /** {@return the body's {@code issues} array (unmodifiable; empty when absent)} */
  public List<ApiIssue> issues() {
    return details.issues;
  }

  /** Returns the standard reason phrase for a status, e.g. "Not Found", or "" if none is known. */
  static String reasonPhrase(int status) {
    return REASONS.getOrDefault(status, "");
  }

  /** Returns e.g. {@code 403 Forbidden on GET /compensations}. */
  static String statusLine(Details d) {
    String reason = reasonPhrase(d.statusCode);
    return d.statusCode + (reason.isEmpty() ? "" : " " + reason) + " on " + d.method + " " + d.path;
  }

  /** Returns the server's explanation, or a capped excerpt of a body that has none. */
  static String serverText(Details d) {
    if (d.serverMessage != null && !d.serverMessage.isBlank()) {
      return oneLine(d.serverMessage);
    }
    String body = d.rawBody.strip();
    if (body.isEmpty()) {
      return "(empty response body)";
    }
    String excerpt = oneLine(body);
    if (excerpt.length() > EXCERPT_LIMIT) {
      excerpt = excerpt.substring(0, EXCERPT_LIMIT) + "…";
    }
    boolean json = body.startsWith("{") || body.startsWith("[");
    return (json ? "response body: " : "non-JSON response body: ") + excerpt;
  }

  /** Returns {@code "; issues: a: x; b: y"} or "" when there are none. */
  static String issuesText(Details d) {
    if (d.issues.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; issues: ");
    int shown = Math.min(ISSUE_LIMIT, d.issues.size());
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append("; ");
      }
      text.append(oneLine(d.issues.get(i).describe()));
    }
    if (d.issues.size() > shown) {
      text.append(" (+").append(d.issues.size() - shown).append(" more)");
    }
    return text.toString();
  }

  /** Returns {@code " [name=X, requestId=Y]"} with the parts present, or "" when none are. */
  static String tags(Details d, List<String> extra) {
    List<String> parts = new ArrayList<>();
    if (d.errorName != null) {
      parts.add("name=" + oneLine(d.errorName));
    }
    if (d.errorCode != null && !d.errorCode.equals(Integer.toString(d.statusCode))) {
      parts.add("code=" + oneLine(d.errorCode));
    }
    if (d.requestId != null) {
      parts.add("requestId=" + oneLine(d.requestId));
    }
    parts.addAll(extra);
    return parts.isEmpty() ? "" : " [" + String.join(", ", parts) + "]";
  }

  static String standardMessage(Details d, List<String> extraTags) {
    return statusLine(d) + ": " + serverText(d) + issuesText(d) + tags(d, extraTags);
  }

  private static String oneLine(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }

  private static String redact(String message) {
    String redacted = BEARER.matcher(message).replaceAll("$1 ██");
    return TOKEN_PARAM.matcher(redacted).replaceAll("$1██");
  }

  /**
   * The parts of an error response an exception carries. Build with {@link #builder()}; useful for
   * constructing exceptions in tests of code that handles them. Immutable and thread-safe.
   */
  public static final class Details {
    private final int statusCode;
    private final String method;
    private final String path;
    private final @Nullable String requestId;
    private final @Nullable String errorName;
    private final @Nullable String errorCode;
    private final @Nullable String serverMessage;
    private final String rawBody;
    private final List<ApiIssue> issues;
    private final @Nullable String note;

    private Details(Builder b) {
      this.statusCode = b.statusCode;
      this.method = Objects.requireNonNull(b.method, "method == null");
      this.path = Objects.requireNonNull(b.path, "path == null");
      this.requestId = b.requestId;
      this.errorName = b.errorName;
      this.errorCode = b.errorCode;
      this.serverMessage = b.serverMessage;
      this.rawBody = b.rawBody;
      this.issues = List.copyOf(b.issues);
      this.note = b.note;
    }

    /** {@return a builder with no status, method or path set; the rest empty} */
    public static Builder builder() {
      return new Builder();
    }

    /** {@return the HTTP status code} */
    public int statusCode() {
      return statusCode;
    }

    /** Builds {@link Details}. Not thread-safe. */
    public static final class Builder {
      private int statusCode;
      private @Nullable String method;
      private @Nullable String path;
      private @Nullable String requestId;
      private @Nullable String errorName;
      private @Nullable String errorCode;
      private @Nullable String serverMessage;
      private String rawBody = "";
      private List<ApiIssue> issues = List.of();
      private @Nullable String note;

      private Builder() {}

      /**
       * Sets the HTTP status code. Required.
       *
       * @throws IllegalArgumentException if it is outside 100..599
       * @param statusCode the status code
       * @return this builder
       */
      public Builder statusCode(int statusCode) {
        if (statusCode < 100 || statusCode > 599) {
          throw new IllegalArgumentException("statusCode outside 100..599: " + statusCode);
        }
        this.statusCode = statusCode;
        return this;
      }

      /**
       * Sets the HTTP method, e.g. {@code GET}. Required; never null.
       *
       * @param method the method
       * @return this builder
       */
      public Builder method(String method) {
        this.method = Objects.requireNonNull(method, "method == null");
        return this;
      }

      /**
       * Sets the path and query relative to the API base. Required; never null.
       *
       * @param path the path
       * @return this builder
       */
      public Builder path(String path) {
        this.path = Objects.requireNonNull(path, "path == null");
        return this;
      }

      /**
       * Sets the request id, or null for none.
       *
       * @param requestId the request id
       * @return this builder
       */
      public Builder requestId(@Nullable String requestId) {
        this.requestId = requestId;
        return this;
      }

      /**
       * Sets the error class name from the body, or null for none.
       *
       * @param errorName the error name
       * @return this builder
       */
      public Builder errorName(@Nullable String errorName) {
        this.errorName = errorName;
        return this;
      }

      /**
       * Sets the body's {@code code} as a string, or null for none.
       *
       * @param errorCode the error code
       * @return this builder
       */
      public Builder errorCode(@Nullable String errorCode) {
        this.errorCode = errorCode;
        return this;
      }

      /**
       * Sets the server's message, or null for none.
       *
       * @param serverMessage the server message
       * @return this builder
       */
      public Builder serverMessage(@Nullable String serverMessage) {
        this.serverMessage = serverMessage;
        return this;
      }

      /**
       * Sets the whole response body; never null (use "" for none). Default "".
       *
       * @param rawBody the raw body
       * @return this builder
       */
      public Builder rawBody(String rawBody) {
        this.rawBody = Objects.requireNonNull(rawBody, "rawBody == null");
        return this;
      }

      /**
       * Sets the issues; copied. Default empty.
       *
       * @param issues the issues
       * @return this builder
       */
      public Builder issues(List<ApiIssue> issues) {
        this.issues = List.copyOf(issues);
        return this;
      }

      /**
       * Sets the client's own remark on the failure, appended to the exception's message after
       * {@code "; "}, e.g. why it did not retry; null (the default) for none.
       *
       * @param note the note
       * @return this builder
       */
      public Builder note(@Nullable String note) {
        this.note = note;
        return this;
      }

      /**
       * {@return the details}
       *
       * @throws IllegalStateException if the status code is not set
       * @throws NullPointerException if the method or path is not set
       */
      public Details build() {
        if (statusCode == 0) {
          throw new IllegalStateException("statusCode not set");
        }
        return new Details(this);
      }
    }
  }
}
