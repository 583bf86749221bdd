package io.humaans.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A paging dispatcher over a mutable list of people, for paging tests: honours {@code $limit}
 * (capped at {@code cap}) and {@code $skip}, and lets a test change the rows between requests or
 * fail a given request.
 */
final class FakeHumaans extends Dispatcher {
  final List<String> ids = new CopyOnWriteArrayList<>();
  final List<String> targets = new CopyOnWriteArrayList<>();
  final AtomicInteger requests = new AtomicInteger();
  private final int cap;
  private volatile IntFunction<MockResponse> override = n -> null;
  private volatile Runnable beforeEachRequest = () -> {};
  private volatile boolean sendTotal = true;
  private volatile int lyingTotal = -1;
  private volatile java.util.function.Function<String, MockResponse> targetOverride = t -> null;
  private volatile boolean ignoreSkip;
  private volatile boolean sendSkip = true;
  private volatile String prefix = "";

  FakeHumaans(int people, int cap) {
    for (int i = 0; i < people; i++) {
      ids.add(id(i));
    }
    this.cap = cap;
  }

  static String id(int i) {
    return String.format("P%023d", i);
  }

  /** Serves {@code response} instead of a page for the n-th request (1-based) when non-null. */
  FakeHumaans overriding(IntFunction<MockResponse> response) {
    this.override = response;
    return this;
  }

  /** Leaves {@code total} out of every envelope. */
  FakeHumaans withoutTotal() {
    this.sendTotal = false;
    return this;
  }

  /**
   * Serves every request from row 0, saying so in the envelope's {@code skip} only if {@code echo}.
   */
  FakeHumaans ignoringSkip(boolean echo) {
    this.ignoreSkip = true;
    this.sendSkip = echo;
    return this;
  }

  /** Puts {@code text} (e.g. a byte-order mark) before every JSON body. */
  FakeHumaans prefixing(String text) {
    this.prefix = text;
    return this;
  }

  /**
   * Serves {@code response} instead of a page for a request whose target contains {@code fragment}.
   */
  FakeHumaans overridingTarget(String fragment, MockResponse response) {
    return overridingTarget(fragment, Integer.MAX_VALUE, response);
  }

  /**
   * Serves {@code response} for the first {@code times} requests whose target contains {@code
   * fragment}.
   */
  FakeHumaans overridingTarget(String fragment, int times, MockResponse response) {
    AtomicInteger served = new AtomicInteger();
    this.targetOverride =
        target -> target.contains(fragment) && served.getAndIncrement() < times ? response : null;
    return this;
  }

  /** Reports {@code total} in every envelope, whatever the rows. */
  FakeHumaans lyingTotal(int total) {
    this.lyingTotal = total;
    return this;
  }

  /**
   * Runs {@code action} before each normal answer, together with taking that answer's rows, so that
   * concurrent requests see the rows either before or after the action, never half-changed.
   */
  FakeHumaans beforeEachRequest(Runnable action) {
    this.beforeEachRequest = action;
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    int n = requests.incrementAndGet();
    targets.add(request.getTarget());
    MockResponse special = override.apply(n);
    if (special == null) {
      special = targetOverride.apply(request.getTarget());
    }
    if (special != null) {
      return special;
    }
    String body;
    // MockWebServer serves concurrent requests on several threads: a test's change of the rows
    // is made whole before any other request takes its snapshot, as a server's transaction would.
    synchronized (this) {
      beforeEachRequest.run();
      body = pageJson(request.getUrl());
    }
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Returns the list envelope this server answers for {@code url}. */
  String pageJson(HttpUrl url) {
    int limit = Math.min(cap, Integer.parseInt(orDefault(url.queryParameter("$limit"), "100")));
    int skip = ignoreSkip ? 0 : Integer.parseInt(orDefault(url.queryParameter("$skip"), "0"));
    List<String> snapshot = new ArrayList<>(ids);
    StringBuilder body = new StringBuilder(prefix);
    body.append("{")
        .append(
            sendTotal ? "\"total\":" + (lyingTotal >= 0 ? lyingTotal : snapshot.size()) + "," : "")
        .append("\"limit\":")
        .append(limit)
        .append(sendSkip ? ",\"skip\":" + skip : "")
        .append(",\"data\":[");
    for (int i = skip; i < Math.min(snapshot.size(), skip + limit); i++) {
      if (i > skip) {
        body.append(',');
      }
      body.append("{\"id\":\"")
          .append(snapshot.get(i))
          .append("\",\"firstName\":\"N")
          .append(i)
          .append("\",\"status\":\"active\"}");
    }
    return body.append("]}").toString();
  }

  private static String orDefault(String v, String d) {
    return v == null ? d : v;
  }
}
