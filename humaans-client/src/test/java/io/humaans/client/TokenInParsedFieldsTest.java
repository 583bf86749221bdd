package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.internal.Redactor;
import io.humaans.client.model.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A successful body of any resource that echoes the token, in any encoding, never puts it into a
 * parsed value or its {@code toString()}: every occurrence reads as the placeholder, every other
 * field and row is intact, and the client's logger gets one warning without the token.
 */
class TokenInParsedFieldsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /** A token with a slash, so that {@code \/} and {@code %2F} are encodings to test as well. */
  private static final String TOKEN = "hum_live/Sup3rS3cretT0ken";

  private static final Redactor REDACTOR = Redactor.of(TOKEN);

  private final List<String> log = new CopyOnWriteArrayList<>();

  /** The token as a server may write it inside a JSON string literal. */
  private static String encoded(String form) {
    return switch (form) {
      case "raw" -> TOKEN;
      case "escaped-slash" -> TOKEN.replace("/", "\\/");
      case "unicode-escapes" -> {
        StringBuilder sb = new StringBuilder();
        TOKEN.chars().forEach(c -> sb.append(String.format("\\u%04x", c)));
        yield sb.toString();
      }
      case "one-unicode-escape" -> TOKEN.replace("S3c", "\\u0053" + "3c");
      case "percent" -> TOKEN.replace("/", "%2F").replace("_", "%5f");
      case "percent-json-escaped" -> TOKEN.replace("/", "\\u00252F");
      case "escaped-backslash-u" -> TOKEN.replace("S", "\\\\u0053");
      default -> throw new IllegalArgumentException(form);
    };
  }

  private static String page(String t) {
    return "{\"total\":3,\"limit\":250,\"skip\":0,\"data\":["
        + "{\"id\":\"P1\",\"firstName\":\"Ada\",\"lastName\":\"x "
        + t
        + " y\",\"bio\":\""
        + t
        + "\",\"status\":\""
        + t
        + "\",\"email\":\"ada@example.com\",\"employmentStartDate\":\"2020-01-02\","
        + "\"nationalities\":[\"fr\",\""
        + t
        + "\",\"gb\"],\"note\":\""
        + t
        + "\",\"custom\":{\"nested\":[\""
        + t
        + "\",7,true,null],\""
        + t
        + "\":\"key\"}},"
        + "{\"id\":\"P2\",\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"status\":\"active\"},"
        + "{\"id\":\"P3\",\"firstName\":\""
        + t
        + "\",\"remoteCity\":\"Paris\"}]}";
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private HumaansClient client() {
    return TestClients.builder(server).token(TOKEN).logger(log::add).build();
  }

  private static void assertClean(Object value) {
    String text = String.valueOf(value);
    assertThat(REDACTOR.appearsIn(text)).as("token in %s", text).isFalse();
    assertThat(text).doesNotContain("S3cretT0ken").doesNotContain("Sup3r");
  }

  private static void assertRedacted(List<Person> people) {
    assertThat(people).extracting(Person::id).containsExactly("P1", "P2", "P3");
    Person ada = people.get(0);
    assertThat(ada.firstName()).hasValue("Ada");
    assertThat(ada.lastName()).hasValue("x ██ y");
    assertThat(ada.bio()).hasValue("██");
    assertThat(ada.status().orElseThrow().value()).isEqualTo("██");
    assertThat(ada.email()).hasValue("ada@example.com");
    assertThat(ada.employmentStartDate()).hasValue(LocalDate.of(2020, 1, 2));
    assertThat(ada.nationalities()).containsExactly("fr", "██", "gb");
    assertThat(ada.extraProperties()).containsOnlyKeys("note", "custom");
    assertThat(ada.extraProperties()).containsEntry("note", "██");
    @SuppressWarnings("unchecked")
    Map<String, Object> custom = (Map<String, Object>) ada.extraProperties().get("custom");
    assertThat(custom).containsOnlyKeys("nested", "██").containsEntry("██", "key");
    assertThat((List<Object>) custom.get("nested")).containsExactly("██", 7.0, true, null);
    Person grace = people.get(1);
    assertThat(grace.firstName()).hasValue("Grace");
    assertThat(grace.lastName()).hasValue("Hopper");
    assertThat(grace.status().orElseThrow().value()).isEqualTo("active");
    Person third = people.get(2);
    assertThat(third.firstName()).hasValue("██");
    assertThat(third.remoteCity()).hasValue("Paris");
    for (Person p : people) {
      assertClean(p);
      assertClean(p.extraProperties());
      assertClean(p.status());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "raw",
        "escaped-slash",
        "unicode-escapes",
        "one-unicode-escape",
        "percent",
        "percent-json-escaped",
        "escaped-backslash-u"
      })
  void tokenEchoedInAPageIsBlankedInEveryParsedValue(String form) throws Exception {
    String body = page(encoded(form));
    server.enqueue(json(body));
    server.enqueue(json(body));
    try (HumaansClient client = client()) {
      assertRedacted(client.people().list().toList());
      assertRedacted(client.people().pageAsync(Query.all()).get(5, TimeUnit.SECONDS).data());
    }
    String warning =
        "WARN humaans: the response to GET /people?$limit=250&$skip=0 echoed the API token in its"
            + " body; every occurrence was replaced by ██ before parsing";
    assertThat(log).filteredOn(line -> line.startsWith("WARN")).containsExactly(warning, warning);
    log.forEach(TokenInParsedFieldsTest::assertClean);
  }

  @Test
  void tokenEchoedInASingleObjectIsBlanked() {
    server.enqueue(
        json(
            "{\"id\":\"P9\",\"firstName\":\""
                + encoded("percent")
                + "\",\"lastName\":\"Lovelace\",\"foodAllergies\":[\""
                + encoded("raw")
                + "\"]}"));
    try (HumaansClient client = client()) {
      Person p = client.people().get("P9");
      assertThat(p.firstName()).hasValue("██");
      assertThat(p.lastName()).hasValue("Lovelace");
      assertThat(p.foodAllergies()).containsExactly("██");
      assertClean(p);
    }
  }

  @Test
  void bodiesWithoutTheTokenAreReadAsSentWithoutAWarning() {
    // Parts of the token, or the token cut short, are not the token: nothing is replaced.
    String nearMiss = TOKEN.substring(0, TOKEN.length() - 1);
    String shifted = "%5" + TOKEN.substring(1);
    server.enqueue(
        json(
            "{\"total\":2,\"data\":[{\"id\":\"P1\",\"firstName\":\""
                + nearMiss
                + "\",\"bio\":\"a\\\\b \\/ \\u0041 %41 100% +\"},"
                + "{\"id\":\"P2\",\"lastName\":\""
                + shifted
                + "\",\"remoteCity\":\"Zürich\"}]}"));
    try (HumaansClient client = client()) {
      List<Person> people = client.people().list().toList();
      assertThat(people).extracting(Person::id).containsExactly("P1", "P2");
      assertThat(people.get(0).firstName()).hasValue(nearMiss);
      assertThat(people.get(0).bio()).hasValue("a\\b / A %41 100% +");
      assertThat(people.get(1).lastName()).hasValue(shifted);
      assertThat(people.get(1).remoteCity()).hasValue("Zürich");
    }
    assertThat(log).noneMatch(line -> line.startsWith("WARN"));
  }
}
