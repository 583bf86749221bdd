package io.humaans.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;

/** Builds clients pointed at a MockWebServer, with a recording sleeper so tests never wait. */
final class TestClients {
  static final String TOKEN = "hum_test_Sup3rS3cretT0ken";

  private TestClients() {}

  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
    }
  }

  static HumaansClient.Builder builder(MockWebServer server) {
    return HumaansClient.builder()
        .token(TOKEN)
        .baseUrl(server.url("/api").toString())
        .sleeper(new RecordingSleeper());
  }

  static HumaansClient client(MockWebServer server) {
    return builder(server).build();
  }
}
