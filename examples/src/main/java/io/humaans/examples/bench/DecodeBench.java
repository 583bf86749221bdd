package io.humaans.examples.bench;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.RawPage;
import io.humaans.client.internal.RawPageAdapter;
import io.humaans.client.internal.json.Json;
import io.humaans.client.model.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * #6: decodes one 250-person page (about 450 KB) through the SDK's page path
 * ({@link RawPageAdapter} over the {@link Person} adapter, as the client does) against two
 * baselines on the same bytes: Moshi's reflective class adapter into plain classes with the same
 * fields ({@link PlainPerson}), and Moshi's class adapter for the envelope over the SDK's person
 * adapter ({@link BaselineEnvelope}, isolating the page layer). The JMH variant under the
 * {@code bench} profile measures the same three.
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

  static void run(Figures figures, boolean quick) {
    byte[] bytes = page();
    System.out.println("#6 decode: one 250-person page of " + bytes.length + " bytes, SDK page path vs Moshi baselines");
    JsonAdapter<RawPage<Person>> sdk = sdkAdapter();
    JsonAdapter<PlainPerson.Envelope> plain = plainAdapter();
    JsonAdapter<BaselineEnvelope> envelope = envelopeAdapter();
    int perRound = quick ? 50 : 200;
    Rounds.Pair vsPlain = Rounds.pair(quick ? 5 : 15, quick ? 5 : 15,
        () -> repeat(perRound, () -> decode(sdk, bytes).data().size()),
        () -> repeat(perRound, () -> decode(plain, bytes).data.size()));
    Rounds.Pair vsEnvelope = Rounds.pair(quick ? 2 : 5, quick ? 5 : 15,
        () -> repeat(perRound, () -> decode(sdk, bytes).data().size()),
        () -> repeat(perRound, () -> decode(envelope, bytes).data.size()));
    Figures.note("per page: SDK %.3f ms, Moshi reflective plain classes %.3f ms", vsPlain.aMs() / perRound,
        vsPlain.bMs() / perRound);
    Figures.note("per page: SDK %.3f ms, Moshi envelope over the SDK person adapter %.3f ms",
        vsEnvelope.aMs() / perRound, vsEnvelope.bMs() / perRound);
    figures.add("6", "decode SDK/Moshi reflective (plain classes)", Figures.ratio(vsPlain.ratio()), "<= 1.15",
        vsPlain.ratio() <= 1.15);
    figures.add("6", "decode SDK/Moshi envelope (page layer only)", Figures.ratio(vsEnvelope.ratio()), "<= 1.15",
        vsEnvelope.ratio() <= 1.15);
  }

  private static long repeat(int n, java.util.function.IntSupplier decodeOnce) {
    long rows = 0;
    for (int i = 0; i < n; i++) {
      rows += decodeOnce.getAsInt();
    }
    return rows;
  }
}
