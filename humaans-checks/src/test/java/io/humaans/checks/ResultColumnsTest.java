package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultColumnsTest {
  private static final CheckInfo INFO =
      CheckInfo.builder()
          .id("c")
          .title("C")
          .description("d")
          .subjectType(SubjectTypes.PERSON)
          .build();
  private static final Verdict NONE = Verdict.of(INFO, Status.PASS, "OK", "none");
  private static final Verdict ONE = Verdict.of(INFO, Status.FAIL, "X", "one", "a");
  private static final Verdict TWO = Verdict.of(INFO, Status.FAIL, "Z", "two", "a", "b");
  private static final Verdict THREE =
      Verdict.of(INFO, Status.INCOMPLETE, "Y", "three", "a", "b", "c");
  private static final Verdict FIVE =
      Verdict.of(INFO, Status.FAIL, "V", "five", "a", "b", "c", "d", "e");

  @Test
  void growsPastItsCapacityWithoutLosingAValue() {
    ResultColumns list = new ResultColumns(1);
    // 100k rows: the columns grow from one chunk to several without losing a value.
    for (int i = 0; i < 100_000; i++) {
      if (i % 3 == 0) {
        list.add(NONE, "p" + i);
      } else if (i % 3 == 1) {
        list.add(ONE, "p" + i, i);
      } else {
        list.add(THREE, "p" + i, "x", null, (long) i);
      }
    }
    assertThat(list).hasSize(100_000);
    assertThat(list.get(99_998).evidence()).containsExactly(entry("a", "x"), entry("c", "99998"));
    assertThat(list.get(99_997).evidence()).containsExactly(entry("a", "99997"));
    assertThat(list.get(99_996).evidence()).isEmpty();
    assertThat(list.status(4)).isEqualTo(Status.FAIL);
    assertThat(list.subjectId(4)).isEqualTo("p4");
  }

  @Test
  void everyArityGivesTheResultItsVerdictDescribes() {
    ResultColumns list = new ResultColumns(1);
    list.add(NONE, "p1");
    list.add(ONE, "p2", null);
    list.add(TWO, "p3", null, 7L);
    list.add(THREE, "p4", "1", "2", "3");
    list.add(FIVE, "p5", "1", null, "3", "4", "5");
    list.addAll(TWO, "p6", new Object[] {"x", "y"});
    assertThat(list.get(1)).isEqualTo(CheckResult.of("c", "person", "p2", Status.FAIL, "X", "one"));
    assertThat(list.get(2).evidence()).containsExactly(entry("b", "7"));
    assertThat(list.get(3).evidence())
        .containsExactly(entry("a", "1"), entry("b", "2"), entry("c", "3"));
    assertThat(list.get(4).evidence())
        .containsExactly(entry("a", "1"), entry("c", "3"), entry("d", "4"), entry("e", "5"));
    assertThat(list.get(5).evidence()).containsExactly(entry("a", "x"), entry("b", "y"));
  }

  @Test
  void rejectsValuesThatDoNotMatchTheVerdictsKeys() {
    ResultColumns list = new ResultColumns(1);
    assertThatThrownBy(() -> list.add(TWO, "p1", "only"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the verdict Verdict{checkId=c, status=FAIL, reasonCode=Z} has 2 evidence"
                + " keys, given 1 values");
    assertThatThrownBy(() -> list.add(NONE, "p1", "x", "y", "z"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(list).isEmpty();
  }

  @Test
  void rejectsAnOptionalEvidenceValueWithoutAddingARow() {
    ResultColumns list = new ResultColumns(1);
    String message =
        "an evidence value is an Optional; give its value or null (optional.orElse(null))";
    assertThatThrownBy(() -> list.add(ONE, "p1", Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> list.add(TWO, "p1", "x", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> list.add(FIVE, "p1", "a", "b", "c", "d", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> list.addAll(TWO, "p1", new Object[] {Optional.of(1), "y"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(list).isEmpty();

    list.add(ONE, "p2", "x");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).subjectId()).isEqualTo("p2");
  }

  @Test
  void setReplacesEveryColumnOfTheRow() {
    ResultColumns list = new ResultColumns(2);
    list.add(THREE, "p1", "1", "2", "3");
    CheckResult waived =
        CheckResult.of("c", SubjectTypes.PERSON, "p1", Status.WAIVED, "Y", "w", "waiver", "w1");
    list.set(0, waived);
    assertThat(list.get(0)).isEqualTo(waived);
    assertThat(list.get(0).evidence()).containsOnlyKeys("waiver");
  }

  @Test
  void keepsManyDistinctVerdictsApart() {
    ResultColumns list = new ResultColumns(4);
    List<CheckResult> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      CheckResult r =
          CheckResult.of(
              "c",
              SubjectTypes.PERSON,
              "p" + i,
              Status.values()[i % 6],
              "R" + i,
              "detail " + i,
              "k",
              "v" + i);
      expected.add(r);
      list.add(r);
    }
    assertThat(list).containsExactlyElementsOf(expected);
  }

  @Test
  void rejectsChangesOnceFrozen() {
    ResultColumns list = new ResultColumns(1).freeze();
    assertThatThrownBy(() -> list.add(NONE, "p"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the results are unmodifiable");
    assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void tracksWhetherSubjectsAreStrictlyIncreasing() {
    ResultColumns list = new ResultColumns(4);
    list.add(NONE, "a");
    list.add(NONE, "b");
    assertThat(list.increasing()).isTrue();
    list.add(NONE, "b");
    assertThat(list.increasing()).isFalse();
    ResultColumns other = new ResultColumns(4);
    other.add(NONE, "b");
    other.add(NONE, "a");
    assertThat(other.increasing()).isFalse();
  }

  @Test
  void sortingBySubjectIdMovesEachRowWithItsVerdictAndEvidence() {
    ResultColumns list = new ResultColumns(1);
    // The order one-account-per-person writes: person by person, so "p1#2/..." ('#' sorts before
    // '/') comes after "p1/...", and a person's systems follow it.
    list.add(ONE, "p1/slack", "s");
    list.add(TWO, "p1#2/github", "g", 2L);
    list.add(NONE, "p2/github");
    list.add(THREE, "p10/aws", "x", null, "z");
    assertThat(list.increasing()).isFalse();

    assertThat(list.sortBySubjectId()).isTrue();

    assertThat(list)
        .extracting(CheckResult::subjectId)
        .containsExactly("p1#2/github", "p1/slack", "p10/aws", "p2/github");
    assertThat(list.get(0).evidence()).containsExactly(entry("a", "g"), entry("b", "2"));
    assertThat(list.get(1).evidence()).containsExactly(entry("a", "s"));
    assertThat(list.get(2).evidence()).containsExactly(entry("a", "x"), entry("c", "z"));
    assertThat(list.get(3).status()).isEqualTo(Status.PASS);
    assertThat(list.increasing()).isTrue();
  }

  @Test
  void sortingOfManyRowsOfOneWidthGivesTheSortedOrderOfTheComparator() {
    ResultColumns list = new ResultColumns(1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String id = "p" + (i * 7919 % 50_000); // every id once, out of order
      ids.add(id);
      list.add(ONE, id, "v" + id);
    }
    List<CheckResult> expected = new ArrayList<>(list);
    expected.sort(Waivers.RESULT_ORDER);

    assertThat(list.sortBySubjectId()).isTrue();

    assertThat(list).containsExactlyElementsOf(expected);
    assertThat(list.get(0).evidence()).containsExactly(entry("a", "vp0"));
  }

  @Test
  void sortingRefusesRowsThatShareASubjectIdAndChangesNothing() {
    ResultColumns list = new ResultColumns(1);
    list.add(ONE, "p2", "first");
    list.add(ONE, "p1", "x");
    list.add(TWO, "p1", "y", "z");
    List<CheckResult> before = new ArrayList<>(list);

    assertThat(list.sortBySubjectId()).isFalse();

    assertThat(list).containsExactlyElementsOf(before);
  }

  @Test
  void oneEvidenceValueIsReadWithoutBuildingTheResult() {
    ResultColumns list = new ResultColumns(1);
    list.add(THREE, "p1", "x", null, 3L);
    list.add(NONE, "p2");
    list.add(CheckResult.builder().from(list.get(1)).putEvidence("extra", "e").build());

    assertThat(list.evidenceValue(0, "a")).isEqualTo("x");
    assertThat(list.evidenceValue(0, "b")).isNull();
    assertThat(list.evidenceValue(0, "c")).isEqualTo("3");
    assertThat(list.evidenceValue(0, "missing")).isNull();
    assertThat(list.evidenceValue(1, "a")).isNull();
    assertThat(list.evidenceValue(2, "extra")).isEqualTo("e");
  }
}
