package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.internal.DaemonThreads;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The client's threads never keep the JVM alive, even when {@code close()} is forgotten. */
class ClientThreadsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static Set<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .collect(Collectors.toSet());
  }

  @Test
  void parallelListingWithoutCloseLeavesOnlyDaemonThreads() {
    server.setDispatcher(new FakeHumaans(40, 250));
    Set<Thread> before = liveThreads();

    // Deliberately not closed: the threads must not hold the JVM open.
    HumaansClient client = TestClients.builder(server).pageSize(5).build();
    assertThat(client.people().list().parallel(4).stream().count()).isEqualTo(40);

    Set<Thread> started = liveThreads();
    started.removeAll(before);
    List<Thread> dispatcherThreads =
        started.stream()
            .filter(t -> t.getName().startsWith(DaemonThreads.DISPATCHER_PREFIX))
            .collect(Collectors.toList());
    assertThat(dispatcherThreads).as("the calls ran on the client's dispatcher").isNotEmpty();
    List<String> nonDaemon =
        started.stream()
            .filter(t -> !t.isDaemon() && !t.getName().contains("MockWebServer"))
            .map(Thread::getName)
            .collect(Collectors.toList());
    assertThat(nonDaemon).as("non-daemon threads the client started").isEmpty();
  }
}
