package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * {@link HumaansClient#maxConcurrentRequests()} tells the limit the client's dispatcher applies.
 */
class ClientLimitsTest {
  @Test
  void limitIsTheBuildersOrTheCallersDispatchers() {
    try (HumaansClient defaults = HumaansClient.builder().token("t").build();
        HumaansClient seven = HumaansClient.builder().token("t").maxConcurrentRequests(7).build()) {
      assertThat(defaults.maxConcurrentRequests()).isEqualTo(16);
      assertThat(seven.maxConcurrentRequests()).isEqualTo(7);
    }
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(9);
    OkHttpClient own = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    // A caller's client keeps its own dispatcher: the builder's limit does not apply to it.
    try (HumaansClient client =
        HumaansClient.builder().token("t").okHttpClient(own).maxConcurrentRequests(3).build()) {
      assertThat(client.maxConcurrentRequests()).isEqualTo(9);
    }
  }
}
