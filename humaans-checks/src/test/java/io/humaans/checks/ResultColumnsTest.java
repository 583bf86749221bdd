package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultColumnsTest {
  private static final CheckInfo INFO =
      CheckInfo.builder().id("c").title("C").description("d").subjectType(SubjectTypes.PERSON)
          .needsCompleteDirectory(false).build();

  @Test
  void growsPastItsCapacityAndGivesBackEqualResults() {
    Verdict none = Verdict.of(INFO, Status.PASS, "OK", "none");
    Verdict one = Verdict.of(INFO, Status.FAIL, "X", "one", "a");
    Verdict three = Verdict.of(INFO, Status.INCOMPLETE, "Y", "three", "a", "b", "c");
    List<CheckResult> expected = new ArrayList<>();
    ResultColumns list = new ResultColumns(1);
    // 100k rows: the columns grow from one chunk to four without losing a value.
    for (int i = 0; i < 100_000; i++) {
      CheckResult r =
          i % 3 == 0 ? none.result("p" + i)
              : i % 3 == 1 ? one.result("p" + i, (Object) Integer.valueOf(i))
              : three.result("p" + i, "x", null, Long.valueOf(i));
      expected.add(r);
      list.add(r);
    }
    assertThat(list).hasSize(100_000).containsExactlyElementsOf(expected);
    assertThat(list.get(99_998).evidence())
        .containsExactly(java.util.Map.entry("a", "x"), java.util.Map.entry("c", "99998"));
    assertThat(list.get(5).evidence()).containsExactly(
        java.util.Map.entry("a", "x"), java.util.Map.entry("c", "5"));
    assertThat(list.status(4)).isEqualTo(Status.FAIL);
    assertThat(list.subjectId(4)).isEqualTo("p4");
  }

  @Test
  void setReplacesEveryColumnOfTheRow() {
    Verdict three = Verdict.of(INFO, Status.FAIL, "Y", "three", "a", "b", "c");
    ResultColumns list = new ResultColumns(2);
    list.add(three.result("p1", "1", "2", "3"));
    CheckResult waived = CheckResult.of("c", SubjectTypes.PERSON, "p1", Status.WAIVED, "Y", "w",
        "waiver", "w1");
    list.set(0, waived);
    assertThat(list.get(0)).isEqualTo(waived);
    assertThat(list.get(0).evidence()).containsOnlyKeys("waiver");
  }

  @Test
  void keepsManyDistinctVerdictsApart() {
    ResultColumns list = new ResultColumns(4);
    List<CheckResult> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      CheckResult r = CheckResult.of("c", SubjectTypes.PERSON, "p" + i, Status.values()[i % 6],
          "R" + i, "detail " + i, "k", "v" + i);
      expected.add(r);
      list.add(r);
    }
    assertThat(list).containsExactlyElementsOf(expected);
  }

  @Test
  void rejectsChangesOnceFrozen() {
    Verdict none = Verdict.of(INFO, Status.PASS, "OK", "none");
    ResultColumns list = new ResultColumns(1).freeze();
    assertThatThrownBy(() -> list.add(none.result("p")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the results are unmodifiable");
    assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void verdictAddToGivesTheSameResultsAsResultInEitherKindOfList() {
    Verdict none = Verdict.of(INFO, Status.PASS, "OK", "none");
    Verdict one = Verdict.of(INFO, Status.FAIL, "X", "one", "a");
    Verdict two = Verdict.of(INFO, Status.FAIL, "Z", "two", "a", "b");
    List<CheckResult> expected =
        List.of(none.result("p1"), one.result("p2", "v"), two.result("p3", null, 7L));
    for (List<CheckResult> out : List.<List<CheckResult>>of(new ArrayList<>(), new ResultColumns(1))) {
      none.addTo(out, "p1");
      one.addTo(out, "p2", "v");
      two.addTo(out, "p3", null, 7L);
      assertThat(out).containsExactlyElementsOf(expected);
      assertThat(out.get(2).evidence()).containsExactly(java.util.Map.entry("b", "7"));
      assertThatThrownBy(() -> two.addTo(out, "p4", "only"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the verdict has 2 evidence keys, not 1");
      assertThat(out).hasSize(3);
    }
  }

  @Test
  void tracksWhetherSubjectsAreStrictlyIncreasing() {
    Verdict none = Verdict.of(INFO, Status.PASS, "OK", "none");
    ResultColumns list = new ResultColumns(4);
    none.addTo(list, "a");
    none.addTo(list, "b");
    assertThat(list.increasing()).isTrue();
    none.addTo(list, "b");
    assertThat(list.increasing()).isFalse();
    ResultColumns other = new ResultColumns(4);
    other.add(none.result("b"));
    other.add(none.result("a"));
    assertThat(other.increasing()).isFalse();
  }
}
