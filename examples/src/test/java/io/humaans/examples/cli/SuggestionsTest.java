package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> OPTIONS =
      List.of("--demo", "--as-of", "--seats", "--events", "-v", "--verbose", "-h");

  @Test
  void suggestsWithinTwoEditsOrByPrefixClosestFirst() {
    assertThat(Suggestions.close("--seat", OPTIONS)).containsExactly("--seats");
    assertThat(Suggestions.close("--evnets", OPTIONS)).containsExactly("--events");
    assertThat(Suggestions.close("--ver", OPTIONS)).containsExactly("--verbose");
    assertThat(Suggestions.close("--eats", OPTIONS)).containsExactly("--seats");
    assertThat(Suggestions.close("--sets", OPTIONS)).containsExactly("--seats");
  }

  @Test
  void suggestsNothingFarOrOneLetter() {
    assertThat(Suggestions.close("--colour", OPTIONS)).isEmpty();
    assertThat(Suggestions.close("-x", OPTIONS)).isEmpty();
    assertThat(Suggestions.didYouMean("--nope", OPTIONS)).isEmpty();
    assertThat(Suggestions.didYouMean("--demon", OPTIONS)).isEqualTo(" (did you mean --demo?)");
  }

  @Test
  void distanceCountsEdits() {
    assertThat(Suggestions.distance("format", "fromat")).isEqualTo(2);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("seats", "seats")).isZero();
  }
}
