package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link HumaansClient#fromEnv(Map)} and {@link HttpLogger#systemLogger}. */
class ClientEnvironmentTest {
  private static final String TOKEN = "env-token-Zq81xT";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void fromEnvUsesTokenAndBaseUrl() throws Exception {
    FakeHumaans fake = new FakeHumaans(3, 250);
    server.setDispatcher(fake);
    Map<String, String> env =
        Map.of(
            "HUMAANS_API_TOKEN",
            " " + TOKEN + " ",
            "HUMAANS_BASE_URL",
            server.url("/api").toString());

    try (HumaansClient client = HumaansClient.fromEnv(env)) {
      assertThat(client.people().list().stream().count()).isEqualTo(3);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/people?$limit=250&$skip=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void missingTokenNamesTheVariable() {
    assertThatThrownBy(
            () -> HumaansClient.fromEnv(Map.of("HUMAANS_BASE_URL", "https://x.example/api")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HUMAANS_API_TOKEN is not set: set it to a Humaans API access token");
  }

  @Test
  void blankTokenNamesTheVariable() {
    assertThatThrownBy(() -> HumaansClient.fromEnv(Map.of("HUMAANS_API_TOKEN", "  ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HUMAANS_API_TOKEN is blank: set it to a Humaans API access token");
  }

  @Test
  void badBaseUrlNamesTheVariableAndNotTheToken() {
    assertThatThrownBy(
            () ->
                HumaansClient.fromEnv(
                    Map.of(
                        "HUMAANS_API_TOKEN",
                        TOKEN,
                        "HUMAANS_BASE_URL",
                        "http://humaans.example/api")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HUMAANS_BASE_URL: baseUrl must use https")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void systemLoggerWritesLinesAtTheLevelWithoutTheToken() {
    server.setDispatcher(new FakeHumaans(1, 250));
    RecordingLogger jdk = new RecordingLogger(System.Logger.Level.INFO);
    try (HumaansClient client =
        TestClients.builder(server)
            .logger(HttpLogger.systemLogger(jdk, System.Logger.Level.INFO))
            .build()) {
      client.people().list().stream().count();
    }
    assertThat(jdk.lines).anyMatch(line -> line.startsWith("--> GET "));
    assertThat(jdk.levels).containsOnly(System.Logger.Level.INFO);
    assertThat(String.join("\n", jdk.lines)).doesNotContain(TestClients.TOKEN);
  }

  @Test
  void systemLoggerSkipsLinesWhenTheLevelIsOff() {
    RecordingLogger jdk = new RecordingLogger(System.Logger.Level.INFO);
    HttpLogger.systemLogger(jdk, System.Logger.Level.DEBUG).log("GET /people");
    HttpLogger.systemLogger(jdk, System.Logger.Level.WARNING).log("GET /me");
    assertThat(jdk.lines).containsExactly("GET /me");
  }

  /** A System.Logger that keeps what it is given, loggable from a minimum level. */
  private static final class RecordingLogger implements System.Logger {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Level> levels = new CopyOnWriteArrayList<>();
    private final Level minimum;

    RecordingLogger(Level minimum) {
      this.minimum = minimum;
    }

    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= minimum.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(msg);
      levels.add(level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(format);
      levels.add(level);
    }
  }
}
