package io.humaans.examples;

import static java.util.Objects.requireNonNull;

import io.humaans.client.HttpLogger;
import io.humaans.client.HumaansClient;
import io.humaans.client.Sleeper;
import io.humaans.examples.demo.DemoCompany;
import io.humaans.examples.demo.DemoServer;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The "demo or real API" switch shared by the examples and the command-line program: with {@code
 * HUMAANS_API_TOKEN} set it builds a client for that token and {@code HUMAANS_BASE_URL} (default
 * {@value HumaansClient#DEFAULT_BASE_URL}); without it (or when forced) it starts the embedded
 * {@link DemoServer} and points a client at it with {@link DemoServer#FULL_ACCESS_TOKEN}.
 *
 * <pre>{@code
 * try (ExampleEnvironment env = ExampleEnvironment.open()) {
 *   for (Person p : env.client().people().list()) { ... }
 * }
 * }</pre>
 *
 * <p>Demo mode prints one note to the notes stream (default {@code System.err}); the token is never
 * printed. Not thread-safe to build; the client it holds is thread-safe. {@link #close()} closes
 * the client and stops the demo server.
 */
public final class ExampleEnvironment implements AutoCloseable {
  /** The environment variable holding the API token. */
  public static final String TOKEN_VARIABLE = "HUMAANS_API_TOKEN";

  /** The environment variable holding the API base URL (optional). */
  public static final String BASE_URL_VARIABLE = "HUMAANS_BASE_URL";

  private final HumaansClient client;
  private final @Nullable DemoServer demo;

  private ExampleEnvironment(HumaansClient client, @Nullable DemoServer demo) {
    this.client = client;
    this.demo = demo;
  }

  /**
   * Opens the environment from {@link System#getenv()}; a demo server, if needed, never answers 429
   * so examples run without waiting.
   *
   * @throws IllegalArgumentException if {@code HUMAANS_BASE_URL} is not a valid https URL
   */
  public static ExampleEnvironment open() {
    return builder().build();
  }

  /** Returns a builder reading {@link System#getenv()}, with the defaults listed on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the client, for the real API or the demo server. */
  public HumaansClient client() {
    return client;
  }

  /** Returns whether the client talks to the embedded demo server. */
  public boolean isDemo() {
    return demo != null;
  }

  /** Returns the demo server when in demo mode. */
  public Optional<DemoServer> demoServer() {
    return Optional.ofNullable(demo);
  }

  /**
   * Returns the evaluation date to use when the user gives none: {@link DemoCompany#AS_OF} in demo
   * mode (so output is stable), else today in UTC by {@code clock}.
   */
  public LocalDate defaultAsOf(Clock clock) {
    return demo != null ? DemoCompany.AS_OF : LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** Closes the client and stops the demo server, if any. */
  @Override
  public void close() {
    client.close();
    if (demo != null) {
      demo.close();
    }
  }

  @Override
  public String toString() {
    return demo != null
        ? "ExampleEnvironment[demo " + demo.baseUrl() + "]"
        : "ExampleEnvironment[" + client.baseUrl() + "]";
  }

  /** Configures {@link ExampleEnvironment#open()}; not thread-safe. */
  public static final class Builder {
    private Map<String, String> env = System.getenv();
    private boolean forceDemo;
    private boolean demoRateLimit;
    private Sleeper sleeper = Sleeper.system();
    private PrintStream notes = System.err;
    private @Nullable HttpLogger logger;

    Builder() {}

    /** Reads the variables from {@code env} instead of {@link System#getenv()}. */
    public Builder env(Map<String, String> env) {
      this.env = requireNonNull(env, "env == null");
      return this;
    }

    /** Uses the demo server even when a token is set (default false). */
    public Builder forceDemo(boolean forceDemo) {
      this.forceDemo = forceDemo;
      return this;
    }

    /**
     * Lets the demo server answer its one {@code 429} on the third {@code /people} request, so the
     * client's retry shows (default false).
     */
    public Builder demoRateLimit(boolean demoRateLimit) {
      this.demoRateLimit = demoRateLimit;
      return this;
    }

    /** Sets how the client waits between retries (default {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Sets where the demo-mode note goes (default {@code System.err}). */
    public Builder notes(PrintStream notes) {
      this.notes = requireNonNull(notes, "notes == null");
      return this;
    }

    /**
     * Logs the client's HTTP traffic to {@code logger}, token redacted (default: no logging); see
     * {@link HumaansClient.Builder#logger(HttpLogger)}.
     */
    public Builder logger(HttpLogger logger) {
      this.logger = requireNonNull(logger, "logger == null");
      return this;
    }

    /**
     * Builds the client, starting the demo server if needed.
     *
     * @throws IllegalArgumentException if {@code HUMAANS_BASE_URL} is not a valid https URL
     * @throws java.io.UncheckedIOException if the demo server cannot bind a loopback port
     */
    public ExampleEnvironment build() {
      String token = env.get(TOKEN_VARIABLE);
      if (forceDemo || token == null || token.isBlank()) {
        notes.println(
            (forceDemo ? "Using" : TOKEN_VARIABLE + " is not set: using")
                + " the embedded demo company (Northwind Labs, as of "
                + DemoCompany.AS_OF
                + ").");
        DemoServer demo = demoRateLimit ? DemoServer.start() : DemoServer.startWithoutRateLimit();
        try {
          HumaansClient client =
              logging(
                      HumaansClient.builder()
                          .token(DemoServer.FULL_ACCESS_TOKEN)
                          .baseUrl(demo.baseUrl())
                          .sleeper(sleeper))
                  .build();
          return new ExampleEnvironment(client, demo);
        } catch (RuntimeException e) {
          demo.close();
          throw e;
        }
      }
      String baseUrl = env.getOrDefault(BASE_URL_VARIABLE, "");
      HumaansClient client =
          logging(
                  HumaansClient.builder()
                      .token(token)
                      .baseUrl(baseUrl.isBlank() ? HumaansClient.DEFAULT_BASE_URL : baseUrl.trim())
                      .sleeper(sleeper)
                      .userAgentSuffix("humaans-examples"))
              .build();
      return new ExampleEnvironment(client, null);
    }

    private HumaansClient.Builder logging(HumaansClient.Builder client) {
      return logger == null ? client : client.logger(logger);
    }
  }
}
