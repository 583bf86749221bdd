package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansIoException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the token where the HTTP client quotes the response in its own exception (a
 * malformed status line) gets it blanked out of the {@code HumaansIoException}, its message and its
 * cause, for a listing and for an asynchronous call.
 */
class TokenInNetworkFailuresTest {
  private static final String TOKEN = TestClients.TOKEN;

  private static RawHttpServer echoingInTheStatusLine() throws Exception {
    return new RawHttpServer(
        (n, target) ->
            ("HTTP/1.1 2x0 Bearer " + TOKEN + "\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRedacted(Throwable thrown) {
    assertThat(thrown)
        .isInstanceOf(HumaansIoException.class)
        .hasMessage(
            "GET /people?$limit=250&$skip=0 failed on the network: ProtocolException: Unexpected"
                + " status line: HTTP/1.1 2x0 Bearer ██");
    assertThat(thrown.getCause())
        .isInstanceOf(ProtocolException.class)
        .hasMessage("Unexpected status line: HTTP/1.1 2x0 Bearer ██")
        .hasNoCause();
    assertThat(thrown.getCause().getStackTrace()).isNotEmpty();
  }

  @Test
  void statusLineEchoingTheTokenIsBlankedInAListingFailure() throws Exception {
    try (RawHttpServer raw = echoingInTheStatusLine();
        HumaansClient client =
            HumaansClient.builder()
                .token(TOKEN)
                .baseUrl(raw.baseUrl())
                .retryPolicy(RetryPolicy.none())
                .build()) {
      assertThatThrownBy(() -> client.people().list().toList())
          .satisfies(TokenInNetworkFailuresTest::assertRedacted);
      assertThatThrownBy(() -> client.people().pageAsync(Query.all()).join())
          .isInstanceOf(CompletionException.class)
          .satisfies(e -> assertRedacted(e.getCause()));
    }
  }
}
