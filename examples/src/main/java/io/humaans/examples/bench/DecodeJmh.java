package io.humaans.examples.bench;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.RawPage;
import io.humaans.client.model.Person;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH benchmark of #6: decodes the page of {@link DecodeBench#page()} with the SDK's page path
 * and with the two Moshi baselines, reporting the average time per page in milliseconds. {@link
 * DecodeBench} runs it through JMH's {@code Runner} and turns the scores into ratios; iteration
 * counts and forks come from there. The page and adapters are built once per fork and shared by all
 * invocations, which JMH runs on one thread.
 *
 * <p>Public only because the code JMH generates in a sub-package instantiates it; not an API, and
 * not in the CLI jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeJmh {
  // Not final, so the JIT cannot treat them as constants across invocations.
  private byte[] page = DecodeBench.page();
  private JsonAdapter<RawPage<Person>> sdk = DecodeBench.sdkAdapter();
  private JsonAdapter<PlainPerson.Envelope> plain = DecodeBench.plainAdapter();
  private JsonAdapter<BaselineEnvelope> envelope = DecodeBench.envelopeAdapter();

  /** Creates the state: renders the page and looks up the three adapters. */
  public DecodeJmh() {}

  /**
   * Decodes the page with {@code RawPageAdapter} over the SDK's {@code Person} adapter, as the
   * client does.
   *
   * @return the decoded page, which JMH consumes so the decode cannot be eliminated
   */
  @Benchmark
  public Object sdk() {
    return DecodeBench.decode(sdk, page);
  }

  /**
   * Decodes the page with Moshi's reflective class adapter into {@link PlainPerson}s.
   *
   * @return the decoded page, which JMH consumes so the decode cannot be eliminated
   */
  @Benchmark
  public Object moshiPlain() {
    return DecodeBench.decode(plain, page);
  }

  /**
   * Decodes the page with Moshi's class adapter for the envelope ({@link BaselineEnvelope}) over
   * the SDK's {@code Person} adapter, so only the page layer differs from {@link #sdk()}.
   *
   * @return the decoded page, which JMH consumes so the decode cannot be eliminated
   */
  @Benchmark
  public Object moshiEnvelope() {
    return DecodeBench.decode(envelope, page);
  }
}
