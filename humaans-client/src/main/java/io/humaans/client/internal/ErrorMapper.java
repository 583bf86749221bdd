package io.humaans.client.internal;

import com.squareup.moshi.JsonReader;
import io.humaans.client.errors.ApiIssue;
import io.humaans.client.errors.AuthenticationException;
import io.humaans.client.errors.ConflictException;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.errors.NotFoundException;
import io.humaans.client.errors.PermissionException;
import io.humaans.client.errors.RateLimitException;
import io.humaans.client.errors.ServerException;
import io.humaans.client.errors.UnexpectedStatusException;
import io.humaans.client.errors.ValidationException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Turns HTTP failures into the client's typed exceptions.
 *
 * <p>Error bodies are read leniently: the usual Humaans shape is {@code {"id", "code", "name",
 * "message", "issues": [{"name", "reason", "forbidden"}]}}, but any of it may be missing, {@code
 * code} may be a number or a string, and the body may be HTML, empty or cut short. Whatever can be
 * read is kept; the raw body is always kept whole.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class ErrorMapper {

  private static final Pattern MOSHI_PATH = Pattern.compile(" at (?:path )?(\\$\\S*)");

  private ErrorMapper() {}

  /**
   * Returns the exception for an error response, measuring an HTTP-date {@code Retry-After} from
   * the system clock.
   *
   * @see #fromResponse(String, String, int, Headers, String, Clock)
   */
  public static HumaansApiException fromResponse(
      String method, String pathAndQuery, int status, Headers headers, String body) {
    return fromResponse(method, pathAndQuery, status, headers, body, Clock.systemUTC());
  }

  /**
   * Returns the exception for an error response: {@link ValidationException} for 400 and 422,
   * {@link AuthenticationException} 401, {@link PermissionException} 403 (with the scope from
   * {@link ScopeTable}), {@link NotFoundException} 404, {@link ConflictException} 409, {@link
   * RateLimitException} 429 (with {@code Retry-After}), {@link ServerException} 5xx, and {@link
   * UnexpectedStatusException} for any other status.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathAndQuery the path and query as sent, relative to the API base; must not contain
   *     credentials
   * @param status the HTTP status; not 2xx
   * @param headers the response headers ({@code X-Request-Id}, {@code Retry-After} are read)
   * @param body the whole response body as text; "" when there was none
   * @param clock the clock an HTTP-date {@code Retry-After} is measured from
   * @throws IllegalArgumentException if {@code status} is 2xx or outside 100..599
   */
  public static HumaansApiException fromResponse(
      String method, String pathAndQuery, int status, Headers headers, String body, Clock clock) {
    return fromResponse(method, pathAndQuery, status, headers, body, clock, null);
  }

  /**
   * Returns the exception for an error response, as {@link #fromResponse(String, String, int,
   * Headers, String, Clock)} does, with {@code note} appended to its message.
   *
   * @param note why the client stopped at this response, e.g. {@code not retried: waiting 45 s
   *     would exceed the call timeout of 30 s (30 s left)}; null for none
   * @throws IllegalArgumentException if {@code status} is 2xx or outside 100..599
   */
  public static HumaansApiException fromResponse(
      String method,
      String pathAndQuery,
      int status,
      Headers headers,
      String body,
      Clock clock,
      @Nullable String note) {
    if (status >= 200 && status < 300) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    ErrorBody parsed = ErrorBody.parse(body);
    String requestId = headers.get("X-Request-Id");
    if (requestId == null || requestId.isBlank()) {
      requestId = parsed.id;
    }
    HumaansApiException.Details details =
        HumaansApiException.Details.builder()
            .statusCode(status)
            .method(method)
            .path(pathAndQuery)
            .requestId(requestId)
            .errorName(parsed.name)
            .errorCode(parsed.code)
            .serverMessage(parsed.message)
            .rawBody(body)
            .issues(parsed.issues)
            .note(note)
            .build();
    switch (status) {
      case 400:
      case 422:
        return new ValidationException(details);
      case 401:
        return new AuthenticationException(details);
      case 403:
        return new PermissionException(
            details,
            ScopeTable.requiredScope(method, pathAndQuery).orElse(null),
            ScopeTable.unknownScopeHint(pathAndQuery).orElse(null));
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 429:
        return new RateLimitException(
            details, RetryAfter.parse(headers.get("Retry-After"), clock).orElse(null));
      default:
        return status >= 500
            ? new ServerException(details)
            : new UnexpectedStatusException(details);
    }
  }

  /**
   * Returns the exception for a network failure.
   *
   * @param method the HTTP method
   * @param path the path and query relative to the API base
   * @param e the failure, kept as the cause
   */
  public static HumaansIoException io(String method, String path, IOException e) {
    return new HumaansIoException(method, path, e);
  }

  /**
   * Returns the exception for a 2xx body that could not be read, taking the JSON path from a Moshi
   * message such as {@code Expected a string but was NUMBER at path $.data[0].amount}.
   *
   * @param method the HTTP method
   * @param path the path and query relative to the API base
   * @param e the parser's or validator's exception, kept as the cause
   */
  public static HumaansDecodingException decoding(String method, String path, Exception e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String jsonPath = null;
    Matcher m = MOSHI_PATH.matcher(text);
    if (m.find()) {
      jsonPath = m.group(1);
      text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
    }
    return new HumaansDecodingException(method, path, jsonPath, text, e);
  }

  /** The parts of an error body that could be read; absent parts are null. */
  private static final class ErrorBody {
    @Nullable String id;
    @Nullable String code;
    @Nullable String name;
    @Nullable String message;
    final List<ApiIssue> issues = new ArrayList<>();

    static ErrorBody parse(String body) {
      ErrorBody out = new ErrorBody();
      if (!body.stripLeading().startsWith("{")) {
        return out;
      }
      try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
        reader.setLenient(true);
        reader.beginObject();
        while (reader.hasNext()) {
          switch (reader.nextName()) {
            case "id":
              out.id = scalar(reader);
              break;
            case "code":
              out.code = scalar(reader);
              break;
            case "name":
              out.name = scalar(reader);
              break;
            case "message":
              out.message = scalar(reader);
              break;
            case "issues":
              readIssues(reader, out.issues);
              break;
            default:
              reader.skipValue();
          }
        }
      } catch (IOException | RuntimeException e) {
        // A truncated or malformed body: keep what was read before the damage.
      }
      return out;
    }

    private static void readIssues(JsonReader reader, List<ApiIssue> into) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        reader.skipValue();
        return;
      }
      reader.beginArray();
      while (reader.hasNext()) {
        if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
          into.add(readIssue(reader));
        } else if (reader.peek() == JsonReader.Token.STRING) {
          into.add(new ApiIssue(null, reader.nextString(), null, false));
        } else {
          reader.skipValue();
        }
      }
      reader.endArray();
    }

    private static ApiIssue readIssue(JsonReader reader) throws IOException {
      String name = null;
      String reason = null;
      String message = null;
      String path = null;
      boolean forbidden = false;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "name":
            name = scalar(reader);
            break;
          case "reason":
            reason = scalar(reader);
            break;
          case "message":
            message = scalar(reader);
            break;
          case "path":
            path = pathValue(reader);
            break;
          case "forbidden":
            forbidden = "true".equals(scalar(reader));
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
      return new ApiIssue(name, reason != null ? reason : message, path, forbidden);
    }

    /** Reads a string, number or boolean as text; null and containers give null. */
    private static @Nullable String scalar(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case STRING:
        case NUMBER:
          return reader.nextString();
        case BOOLEAN:
          return Boolean.toString(reader.nextBoolean());
        default:
          reader.skipValue();
          return null;
      }
    }

    /** Reads a path given as a string or as an array of segments (joined with dots). */
    private static @Nullable String pathValue(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        return scalar(reader);
      }
      List<String> segments = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        String segment = scalar(reader);
        if (segment != null) {
          segments.add(segment);
        }
      }
      reader.endArray();
      return segments.isEmpty() ? null : String.join(".", segments);
    }
  }
}
