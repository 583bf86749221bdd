package io.humaans.examples.bench;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.RawPage;
import io.humaans.client.internal.RawPageAdapter;
import io.humaans.client.internal.json.Json;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.Person;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The floor of #7: the least a reader of a directory must wait for. It sends {@code /token-info}
 * and the first page of people and of job roles at once, then every remaining page of both at once
 * (no limit on requests in flight), decoding each page into the SDK's model types on the thread
 * that received it. No retries, no paging checks: a floor, not a client.
 */
final class RawReader implements AutoCloseable {
  private static final int PAGE = BenchServer.MAX_LIMIT;
  private final String baseUrl;
  private final OkHttpClient http;
  private final JsonAdapter<RawPage<Person>> people =
      new RawPageAdapter<>(Json.moshi().adapter(Person.class));
  private final JsonAdapter<RawPage<JobRole>> roles =
      new RawPageAdapter<>(Json.moshi().adapter(JobRole.class));

  /** A floor with up to {@code maxInFlight} requests at once (1024: every page of #7 at once). */
  RawReader(String baseUrl, int maxInFlight) {
    this.baseUrl = baseUrl;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxInFlight);
    dispatcher.setMaxRequestsPerHost(maxInFlight);
    this.http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
            .readTimeout(60, TimeUnit.SECONDS)
            .build();
  }

  /** Reads everything; returns the rows read (people + job roles + 1 for the token info). */
  long read(int expectedPeople, int expectedRoles) {
    CompletableFuture<Integer> token = get("token-info", null);
    CompletableFuture<Integer> firstPeople = get("people?$limit=" + PAGE + "&$skip=0", people);
    CompletableFuture<Integer> firstRoles = get("job-roles?$limit=" + PAGE + "&$skip=0", roles);
    int peopleTotal = firstPeople.join();
    int rolesTotal = firstRoles.join();
    List<CompletableFuture<Integer>> rest = new ArrayList<>();
    for (int skip = PAGE; skip < peopleTotal; skip += PAGE) {
      rest.add(get("people?$limit=" + PAGE + "&$skip=" + skip, people));
    }
    for (int skip = PAGE; skip < rolesTotal; skip += PAGE) {
      rest.add(get("job-roles?$limit=" + PAGE + "&$skip=" + skip, roles));
    }
    long rows = (long) token.join() + Math.min(peopleTotal, PAGE) + Math.min(rolesTotal, PAGE);
    for (CompletableFuture<Integer> f : rest) {
      rows += f.join();
    }
    if (peopleTotal != expectedPeople
        || rolesTotal != expectedRoles
        || rows != 1L + peopleTotal + rolesTotal) {
      throw new IllegalStateException(
          "floor read " + rows + " rows of " + peopleTotal + " + " + rolesTotal);
    }
    return rows;
  }

  /**
   * Sends one GET; the future gives the page's total for the first pages (rows otherwise read are
   * counted by the caller from the totals) or 1 for the token info.
   */
  private <T> CompletableFuture<Integer> get(
      String path, @Nullable JsonAdapter<RawPage<T>> adapter) {
    CompletableFuture<Integer> result = new CompletableFuture<>();
    Request request =
        new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer bench").build();
    http.newCall(request)
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (ResponseBody body = response.body()) {
                  if (adapter == null) {
                    body.bytes();
                    result.complete(1);
                    return;
                  }
                  RawPage<T> page = adapter.fromJson(body.source());
                  boolean first = path.endsWith("$skip=0");
                  result.complete(first ? page.total() : page.data().size());
                } catch (IOException | RuntimeException e) {
                  result.completeExceptionally(e);
                }
              }
            });
    return result;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
