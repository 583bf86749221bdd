package io.humaans.examples.bench;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.RawPage;
import io.humaans.client.internal.RawPageAdapter;
import io.humaans.client.internal.json.Json;
import io.humaans.client.model.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import okio.Buffer;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * #6: decodes one 250-person page (about 400 KB) through the SDK's page path ({@link
 * RawPageAdapter} over the {@link Person} adapter, as the client does) against two baselines on the
 * same bytes: Moshi's reflective class adapter into plain classes with the same fields ({@link
 * PlainPerson}), and Moshi's class adapter for the envelope over the SDK's person adapter ({@link
 * BaselineEnvelope}, isolating the page layer). The contenders are the {@code @Benchmark} methods
 * of {@link DecodeJmh}, which shares the page and adapters built here; {@link #run} starts JMH on
 * them.
 */
final class DecodeBench {
  private DecodeBench() {}

  /** The page every decode contender reads. */
  static byte[] page() {
    return new PeopleData(100_000).peoplePage(500, 250);
  }

  static JsonAdapter<RawPage<Person>> sdkAdapter() {
    return new RawPageAdapter<>(Json.moshi().adapter(Person.class));
  }

  static JsonAdapter<PlainPerson.Envelope> plainAdapter() {
    return Json.moshi().adapter(PlainPerson.Envelope.class);
  }

  static JsonAdapter<BaselineEnvelope> envelopeAdapter() {
    return Json.moshi().adapter(BaselineEnvelope.class);
  }

  static <T> T decode(JsonAdapter<T> adapter, byte[] bytes) {
    try {
      T value = adapter.fromJson(new Buffer().write(bytes));
      if (value == null) {
        throw new IllegalStateException("null page");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@link DecodeJmh} through JMH's {@code Runner} (one fork per contender, all three in one
   * run) and records SDK/baseline ratios of the average times per page.
   */
  static void run(Figures figures, boolean quick) throws RunnerException {
    byte[] bytes = page();
    System.out.println(
        "#6 decode: one 250-person page of "
            + bytes.length
            + " bytes, SDK page path vs Moshi baselines (JMH, average time per page)");
    requireSameIds(bytes);
    Options options =
        new OptionsBuilder()
            .include("^" + Pattern.quote(DecodeJmh.class.getName()) + "\\.")
            .forks(1)
            .warmupIterations(quick ? 3 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 10)
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Result<?> sdk = score(results, "sdk");
    Result<?> plain = score(results, "moshiPlain");
    Result<?> envelope = score(results, "moshiEnvelope");
    Figures.note(
        "per page (score +- 99.9%% error): SDK %s, Moshi reflective plain classes %s, Moshi envelope over the SDK person adapter %s",
        perPage(sdk), perPage(plain), perPage(envelope));
    ratio(figures, "decode SDK/Moshi reflective (plain classes)", sdk, plain);
    ratio(figures, "decode SDK/Moshi envelope (page layer only)", sdk, envelope);
  }

  /** Decodes the page once with each contender and fails unless all read the same people. */
  private static void requireSameIds(byte[] bytes) {
    List<String> sdk = decode(sdkAdapter(), bytes).data().stream().map(Person::id).toList();
    List<String> plain = decode(plainAdapter(), bytes).data.stream().map(p -> p.id).toList();
    List<String> envelope = decode(envelopeAdapter(), bytes).data.stream().map(Person::id).toList();
    if (sdk.size() != 250 || !sdk.equals(plain) || !sdk.equals(envelope)) {
      throw new IllegalStateException(
          "decode contenders disagree: "
              + sdk.size()
              + ", "
              + plain.size()
              + " and "
              + envelope.size()
              + " people, or different ids");
    }
  }

  private static Result<?> score(Collection<RunResult> results, String method) {
    String name = DecodeJmh.class.getName() + "." + method;
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().equals(name))
        .map(RunResult::getPrimaryResult)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("JMH returned no result for " + name));
  }

  private static String perPage(Result<?> r) {
    return String.format(
        Locale.ROOT, "%.3f +- %.3f %s", r.getScore(), r.getScoreError(), r.getScoreUnit());
  }

  private static void ratio(Figures figures, String figure, Result<?> sdk, Result<?> baseline) {
    double ratio = sdk.getScore() / baseline.getScore();
    figures.add("6", figure, Figures.ratio(ratio), "<= 1.15", ratio <= 1.15);
  }
}
