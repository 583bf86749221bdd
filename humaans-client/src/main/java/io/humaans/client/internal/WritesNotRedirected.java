package io.humaans.client.internal;

import java.util.Objects;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Runs reads ({@code GET}, {@code HEAD}) on a client that follows redirects, and every other method
 * on a copy of it that does not.
 *
 * <p>OkHttp turns a {@code POST}, {@code PATCH} or {@code DELETE} answered with a 301, 302 or 303
 * into a {@code GET} of the new location: an update the server did not apply would come back as the
 * row it fetched, as if it had been applied. A write answered with any redirect therefore surfaces
 * as that response (an {@code UnexpectedStatusException} naming the location), and is sent nowhere
 * else. The copy shares the client's connections, threads and interceptors.
 *
 * <p>Not API. Thread-safe.
 */
public final class WritesNotRedirected implements Call.Factory {
  private final OkHttpClient reads;
  private final OkHttpClient writes;

  /**
   * Creates the factory.
   *
   * @param client runs the reads; a copy of it without redirects runs the rest
   */
  public WritesNotRedirected(OkHttpClient client) {
    this.reads = Objects.requireNonNull(client, "client == null");
    this.writes = client.newBuilder().followRedirects(false).build();
  }

  @Override
  public Call newCall(Request request) {
    String method = request.method();
    boolean read = method.equals("GET") || method.equals("HEAD");
    return (read ? reads : writes).newCall(request);
  }
}
