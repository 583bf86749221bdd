package io.humaans.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * A local fake of the Humaans REST API serving the {@link DemoCompany}, for examples, the
 * command-line program and tests that run without a real {@code HUMAANS_API_TOKEN}.
 *
 * <p>It listens on a free loopback port and answers {@code GET} requests under {@link #baseUrl()}:
 * {@code /people}, {@code /people/{id}}, {@code /job-roles}, {@code /job-roles/{id}}, {@code
 * /compensations}, {@code /compensations/{id}}, {@code /roles}, {@code /role-members}, {@code
 * /role-permissions}, {@code /me} and {@code /token-info}. Behaviour follows the public notes on
 * the real API:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <token>} with one of the token constants below is required;
 *       otherwise 401 {@code {"code":401,"name":"NotAuthenticated","message":"Invalid access
 *       token"}}.
 *   <li>Lists return {@code {total, limit, skip, data}}; {@code $limit} defaults to 100 and is
 *       capped at 250 (the envelope shows the cap), {@code $skip} defaults to 0; query names are
 *       accepted literally ({@code $limit}) or percent-encoded ({@code %24limit}). Filters: {@code
 *       status}, {@code email} on people; {@code personId}, {@code effectiveDate[$lte]} and {@code
 *       $asOf} (the role in effect on that date) on job roles; {@code personId} on compensations.
 *       Other parameters are ignored; a malformed number or date gives 400.
 *   <li>Without {@code private:read} ({@link #PUBLIC_ONLY_TOKEN}) pre-hires and offboarded people,
 *       and their job roles, are not returned, as in the real API.
 *   <li>The permission roles ({@code /roles}, {@code /role-members} with filters {@code roleId} and
 *       {@code personId}, {@code /role-permissions}) page like the other lists and need {@code
 *       private:read} here (the real API does not document their scope): with {@link
 *       #PUBLIC_ONLY_TOKEN} they give 403 {@code This access token may not read permission roles}.
 *   <li>Compensations without {@code compensations:read} give 403; an unknown id gives 404 {@code
 *       No record found for id '...'}; an unknown path 404; any method but GET 405.
 *   <li>Unless started with {@link #startWithoutRateLimit()}, the third authenticated request to
 *       {@code /people} of the server's life is answered once with 429 and {@code Retry-After: 1},
 *       so clients can show their retry path.
 * </ul>
 *
 * <p>The server logs nothing itself and never echoes a token. It is thread-safe; close it to free
 * the port.
 *
 * <pre>{@code
 * try (DemoServer demo = DemoServer.start()) {
 *   String baseUrl = demo.baseUrl();           // e.g. http://127.0.0.1:50123/api
 *   String token = DemoServer.FULL_ACCESS_TOKEN;
 *   // point a client at baseUrl with the token
 * }
 * }</pre>
 */
public final class DemoServer implements AutoCloseable {
  /** A token with every scope ({@code public:read}, {@code private:read}, compensations...). */
  public static final String FULL_ACCESS_TOKEN = "demo-full-access-6Tq2Wm8Zr4Lx9Kc1";

  /** A token with {@code public:read} only: no pre-hires, no leavers, no compensations. */
  public static final String PUBLIC_ONLY_TOKEN = "demo-public-only-3Hn7Vd5Pb2Sy8Jf4";

  /** A token with {@code public:read} and {@code private:read}: compensations give 403. */
  public static final String NO_COMPENSATIONS_TOKEN = "demo-no-compensations-9Rk4Xe1Mg6Tw3Ua7";

  /** Which authenticated {@code /people} request of the server's life is answered with 429. */
  public static final int RATE_LIMITED_PEOPLE_REQUEST = 3;

  private static final Map<String, DemoToken> TOKENS =
      Map.of(
          FULL_ACCESS_TOKEN,
              new DemoToken(
                  "Tk1fUlLaCcEs5sDeMo0000Aa",
                  "Demo full access",
                  List.of(
                      "public:read",
                      "private:read",
                      "private:write",
                      "compensations:read",
                      "compensations:write",
                      "documents:read",
                      "documents:write",
                      "webhooks:manage")),
          PUBLIC_ONLY_TOKEN,
              new DemoToken("Tk2pUbLiCoNlYdEmO0000Bb2", "Demo public only", List.of("public:read")),
          NO_COMPENSATIONS_TOKEN,
              new DemoToken(
                  "Tk3nOcOmPeNsAtIoNs000Cc3",
                  "Demo no compensations",
                  List.of("public:read", "private:read")));

  private final MockWebServer server;
  private final DemoDispatcher dispatcher;
  private final String baseUrl;

  private DemoServer(DemoCompany company, boolean rateLimit) {
    this.dispatcher = new DemoDispatcher(company, TOKENS, rateLimit);
    this.server = new MockWebServer();
    server.setDispatcher(dispatcher);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try {
      server.start(loopback, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo server on " + loopback, e);
    }
    String host = loopback.getHostAddress();
    this.baseUrl =
        "http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + server.getPort()
            + "/api";
  }

  /**
   * Starts a demo server for a fresh {@link DemoCompany}, with the one-off 429 enabled.
   *
   * @return the running server; close it to stop it
   * @throws UncheckedIOException if no loopback port can be bound
   */
  public static DemoServer start() {
    return new DemoServer(DemoCompany.create(), true);
  }

  /**
   * Starts a demo server that never answers 429 (for examples that should run without delay).
   *
   * @return the running server; close it to stop it
   * @throws UncheckedIOException if no loopback port can be bound
   */
  public static DemoServer startWithoutRateLimit() {
    return new DemoServer(DemoCompany.create(), false);
  }

  /**
   * {@return the API base URL without a trailing slash, e.g. {@code http://127.0.0.1:50123/api}}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the data set this server serves} */
  public DemoCompany company() {
    return dispatcher.company();
  }

  /** {@return how many requests the server has received, whatever their outcome} */
  public int requestCount() {
    return dispatcher.requestCount();
  }

  /**
   * Returns how many requests the server has received for one decoded path without query, e.g.
   * {@code requestCount("/api/people")}; 0 for a path never requested.
   *
   * @param path the decoded path, for example {@code /api/people}
   * @return the number of requests received for that path
   */
  public int requestCount(String path) {
    return dispatcher.requestCount(path);
  }

  /** Stops the server and frees its port; safe to call twice. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "DemoServer[" + baseUrl + "]";
  }
}
