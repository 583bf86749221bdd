package io.humaans.examples.bench;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.HumaansClient;
import io.humaans.client.internal.json.Json;
import io.humaans.client.model.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * #1: lists 100,000 people through the client's auto-pager, against a hand-written loop over the
 * same server with plain OkHttp and Moshi decoding into the same {@link Person} type.
 */
final class PagingBench {
  private PagingBench() {}

  static void run(Figures figures, boolean quick) throws IOException {
    int people = quick ? 20_000 : 100_000;
    System.out.println(
        "#1 paging: " + people + " people, pages of 250, loopback server, pre-rendered bodies");
    PeopleData data = new PeopleData(people);
    try (BenchServer server = BenchServer.start(data, 0, true);
        HumaansClient client =
            HumaansClient.builder().token("bench").baseUrl(server.baseUrl()).build()) {
      OkHttpClient http = new OkHttpClient();
      JsonAdapter<BaselineEnvelope> envelope = Json.moshi().adapter(BaselineEnvelope.class);
      Rounds.Pair r =
          Rounds.pair(
              quick ? 2 : 4,
              quick ? 3 : 7,
              () -> sdk(client),
              () -> baseline(http, envelope, server.baseUrl()));
      Figures.note(
          "SDK median %.1f ms, baseline median %.1f ms (%.0f people/s through the SDK)",
          r.aMs(), r.bMs(), people / (r.aMs() / 1000));
      figures.add(
          "1", "paging SDK/baseline time", Figures.ratio(r.ratio()), "<= 1.10", r.ratio() <= 1.10);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  static long sdk(HumaansClient client) {
    long sum = 0;
    long n = 0;
    for (Person p : client.people().list()) {
      sum += p.id().hashCode();
      n++;
    }
    return sum * 31 + n;
  }

  /** What an integrator would write by hand: loop over {@code $skip} until the total is reached. */
  static long baseline(OkHttpClient http, JsonAdapter<BaselineEnvelope> adapter, String baseUrl) {
    long sum = 0;
    long n = 0;
    int skip = 0;
    while (true) {
      Request request =
          new Request.Builder()
              .url(baseUrl + "people?$limit=250&$skip=" + skip)
              .header("Authorization", "Bearer bench")
              .build();
      BaselineEnvelope page;
      try (Response response = http.newCall(request).execute()) {
        ResponseBody body = response.body();
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        page = adapter.fromJson(body.source());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (page == null || page.data.isEmpty()) {
        break;
      }
      for (Person p : page.data) {
        sum += p.id().hashCode();
        n++;
      }
      skip += page.data.size();
      if (skip >= page.total) {
        break;
      }
    }
    return sum * 31 + n;
  }
}
