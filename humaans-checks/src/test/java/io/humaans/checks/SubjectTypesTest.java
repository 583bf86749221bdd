package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Person-in-system subject ids: written once, read back exactly, never shared by two pairs. */
class SubjectTypesTest {
  @Test
  void escapesPercentAndSlashInEitherPart() {
    assertThat(SubjectTypes.personInSystem("p1", "github")).isEqualTo("p1/github");
    assertThat(SubjectTypes.personInSystem("p1", "okta/sso")).isEqualTo("p1/okta%2Fsso");
    assertThat(SubjectTypes.personInSystem("a/b", "50%")).isEqualTo("a%2Fb/50%25");
    assertThat(SubjectTypes.personInSystem("p1", "x%2Fy")).isEqualTo("p1/x%252Fy");
  }

  @Test
  void systemOfReadsBackTheSystemAsWritten() {
    assertThat(SubjectTypes.systemOf("p1/github")).isEqualTo("github");
    assertThat(SubjectTypes.systemOf("p1/okta%2Fsso")).isEqualTo("okta/sso");
    assertThat(SubjectTypes.systemOf("a%2Fb/50%25")).isEqualTo("50%");
    assertThat(SubjectTypes.systemOf("p1/x%252Fy")).isEqualTo("x%2Fy");
    assertThat(SubjectTypes.systemOf("p1/100%")).isEqualTo("100%"); // not written by us: kept
  }

  @Test
  void randomPairsRoundTripAndNeverCollide() {
    Random random = new Random(7);
    char[] alphabet = {'a', 'b', '/', '%', '2', 'F', 'f', '5'};
    Map<String, String> pairBySubject = new HashMap<>();
    for (int round = 0; round < 20_000; round++) {
      String person = randomText(random, alphabet);
      String system = randomText(random, alphabet);
      String subject = SubjectTypes.personInSystem(person, system);

      assertThat(SubjectTypes.systemOf(subject)).as(subject).isEqualTo(system);
      String pair = person + "\u0000" + system;
      assertThat(pairBySubject.putIfAbsent(subject, pair)).as(subject).isIn(null, pair);
    }
  }

  private static String randomText(Random random, char[] alphabet) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + random.nextInt(5); i > 0; i--) {
      s.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return s.toString();
  }
}
