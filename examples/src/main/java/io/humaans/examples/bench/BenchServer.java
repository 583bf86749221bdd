package io.humaans.examples.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A tiny loopback Humaans for the benchmarks, on the JDK's HTTP server: {@code GET /people}, {@code
 * GET /job-roles} (all rows, or one person's with {@code personId}) and {@code GET /token-info},
 * with {@code $limit} capped at 250. Page bodies come from {@link PeopleData}; with {@code
 * prerender} every 250-row page at a multiple of 250 or of 249 (where the client's overlapping
 * pages start) is rendered up front so the server only copies bytes, otherwise pages are rendered
 * per request (for directories too large to hold). An optional latency is slept per request on the
 * handling thread; 32 threads handle requests (256 with a latency, so that even a reader sending
 * every page at once sees each answered after one latency), so concurrent requests overlap. Counts
 * requests per resource and notes when the first request arrived. Thread-safe.
 */
final class BenchServer implements AutoCloseable {
  static final int MAX_LIMIT = 250;
  private static final byte[] TOKEN_INFO =
      "{\"id\":\"tok_bench\",\"personId\":null,\"label\":\"bench\",\"scopes\":[\"public:read\",\"private:read\"]}"
          .getBytes(StandardCharsets.UTF_8);

  private final PeopleData data;
  private final int latencyMs;
  private final @Nullable Map<Integer, byte[]> peoplePages;
  private final @Nullable Map<Integer, byte[]> rolePages;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong firstRequestNanos = new AtomicLong();

  private BenchServer(PeopleData data, int latencyMs, boolean prerender) throws IOException {
    this.data = data;
    this.latencyMs = latencyMs;
    if (prerender) {
      // Both the offsets of a plain $skip loop (multiples of 250) and those of the client's
      // pagers, whose pages start at the last row of the page before (multiples of 249): else
      // the SDK's pages would be rendered per request while a baseline's are copied.
      peoplePages = new HashMap<>();
      rolePages = new HashMap<>();
      for (int step : new int[] {MAX_LIMIT, MAX_LIMIT - 1}) {
        for (int skip = 0; skip < data.people(); skip += step) {
          peoplePages.computeIfAbsent(skip, k -> data.peoplePage(k, MAX_LIMIT));
        }
        for (int skip = 0; skip < data.roles(); skip += step) {
          rolePages.computeIfAbsent(skip, k -> data.rolesPage(k, MAX_LIMIT));
        }
      }
    } else {
      peoplePages = null;
      rolePages = null;
    }
    // Headers and body go out as separate writes: without TCP_NODELAY, Nagle's algorithm and
    // delayed ACKs could add tens of milliseconds to every response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    executor =
        Executors.newFixedThreadPool(
            latencyMs > 0 ? 256 : 32,
            r -> {
              Thread t = new Thread(r, "bench-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server over {@code data}; see the class comment for {@code prerender}. */
  static BenchServer start(PeopleData data, int latencyMs, boolean prerender) throws IOException {
    return new BenchServer(data, latencyMs, prerender);
  }

  /** The base URL, ending in {@code /}. */
  String baseUrl() {
    return "http://"
        + server.getAddress().getHostString()
        + ":"
        + server.getAddress().getPort()
        + "/";
  }

  /**
   * Requests served so far for {@code resource} ({@code people}, {@code job-roles}, {@code
   * token-info}).
   */
  int count(String resource) {
    AtomicInteger c = counts.get(resource);
    return c == null ? 0 : c.get();
  }

  int totalCount() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  void resetCounts() {
    counts.clear();
    firstRequestNanos.set(0);
  }

  /**
   * The {@link System#nanoTime()} at which the first request since the last reset arrived; 0: none.
   */
  long firstRequestNanos() {
    return firstRequestNanos.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    firstRequestNanos.compareAndSet(0, System.nanoTime());
    try (exchange) {
      if (latencyMs > 0) {
        try {
          Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      int limit = Math.min(MAX_LIMIT, intParam(query, "$limit", 100));
      int skip = intParam(query, "$skip", 0);
      byte[] body;
      String resource;
      if (path.equals("/people")) {
        resource = "people";
        body = page(peoplePages, skip, limit, true);
      } else if (path.equals("/job-roles")) {
        resource = "job-roles";
        String personId = query.get("personId");
        body =
            personId != null
                ? data.rolesOfPerson(personId, skip, limit)
                : page(rolePages, skip, limit, false);
      } else if (path.equals("/token-info")) {
        resource = "token-info";
        body = TOKEN_INFO;
      } else {
        resource = "other";
        body =
            "{\"name\":\"NotFound\",\"message\":\"no such resource\"}"
                .getBytes(StandardCharsets.UTF_8);
      }
      counts.computeIfAbsent(resource, k -> new AtomicInteger()).incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(resource.equals("other") ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private byte[] page(@Nullable Map<Integer, byte[]> cache, int skip, int limit, boolean people) {
    if (cache != null && limit == MAX_LIMIT) {
      byte[] cached = cache.get(skip);
      if (cached != null) {
        return cached;
      }
    }
    return people ? data.peoplePage(skip, limit) : data.rolesPage(skip, limit);
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String part : raw.split("&", -1)) {
      int eq = part.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(name, value);
    }
    return out;
  }

  private static int intParam(Map<String, String> query, String name, int fallback) {
    String v = query.get(name);
    return v == null || v.isEmpty() ? fallback : Integer.parseInt(v);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
