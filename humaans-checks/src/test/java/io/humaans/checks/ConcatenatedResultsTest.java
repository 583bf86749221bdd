package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcatenatedResultsTest {
  private static CheckResult r(String id) {
    return CheckResult.of("c", SubjectTypes.PERSON, id, Status.PASS, "OK", "d");
  }

  @Test
  void readsPartsInOrderSkippingEmptyOnes() {
    List<CheckResult> list =
        new ConcatenatedResults(
            List.of(
                List.of(),
                List.of(r("a"), r("b")),
                List.of(),
                List.of(),
                List.of(r("c")),
                List.of()));
    assertThat(list).containsExactly(r("a"), r("b"), r("c"));
    assertThat(list.get(2).subjectId()).isEqualTo("c");
    assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.add(r("d"))).isInstanceOf(UnsupportedOperationException.class);
  }
}
