package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansIoException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the token where the HTTP client or the JSON parser quotes the response in
 * its own exception (a malformed status line, a value of the wrong form) gets it blanked out of the
 * exception, its message and its cause, for a listing and for an asynchronous call.
 */
class TokenInFailureMessagesTest {
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
  void valueEchoingTheTokenIsBlankedInADecodingFailure() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      String body =
          "{\"total\":1,\"data\":[{\"id\":\"P1\",\"employmentStartDate\":\"" + TOKEN + "\"}]}";
      server.enqueue(new MockResponse.Builder().body(body).build());
      server.enqueue(new MockResponse.Builder().body(body).build());
      try (HumaansClient client = TestClients.client(server)) {
        String expected =
            "Could not read the response of GET /people?$limit=250&$skip=0 at"
                + " $.data[0].employmentStartDate: unexpected JSON: Expected a date (YYYY-MM-DD) but"
                + " was '██' at path $.data[0].employmentStartDate";
        // The body is redacted before it is parsed, so the parser's own failure (kept as the
        // cause) quotes the placeholder, never the token.
        String parserMessage =
            "Expected a date (YYYY-MM-DD) but was '██' at path $.data[0].employmentStartDate";
        assertThatThrownBy(() -> client.people().list().toList())
            .isInstanceOf(HumaansDecodingException.class)
            .hasMessage(expected)
            .cause()
            .hasMessage(parserMessage);
        assertThatThrownBy(() -> client.people().pageAsync(Query.all()).join())
            .hasCauseInstanceOf(HumaansDecodingException.class)
            .satisfies(
                e ->
                    assertThat(e.getCause())
                        .hasMessage(expected)
                        .cause()
                        .hasMessage(parserMessage));
      }
    }
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
          .satisfies(TokenInFailureMessagesTest::assertRedacted);
      assertThatThrownBy(() -> client.people().pageAsync(Query.all()).join())
          .isInstanceOf(CompletionException.class)
          .satisfies(e -> assertRedacted(e.getCause()));
    }
  }
}
