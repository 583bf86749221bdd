package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed evidence layout: rows of several widths; rows replaced by wider or narrower ones. */
class ResultColumnsPackingTest {
  private static final CheckInfo INFO =
      CheckInfo.builder()
          .id("c")
          .title("C")
          .description("d")
          .subjectType(SubjectTypes.PERSON)
          .build();
  private static final Verdict NONE = Verdict.of(INFO, Status.PASS, "OK", "none");
  private static final Verdict ONE = Verdict.of(INFO, Status.PASS, "OK", "one", "a");
  private static final Verdict SIX =
      Verdict.of(INFO, Status.FAIL, "X", "six", "a", "b", "c", "d", "e", "f");

  @Test
  void uniformRowsThenAWiderRowKeepEveryValue() {
    ResultColumns list = new ResultColumns(4);
    List<CheckResult> expected = new ArrayList<>();
    // 40k one-value rows (past one chunk, no stored starts), then rows of other widths.
    for (int i = 0; i < 40_000; i++) {
      list.add(ONE, id(i), "v" + i);
      expected.add(one(i));
    }
    for (int i = 40_000; i < 45_000; i++) {
      if (i % 3 == 0) {
        list.add(SIX, id(i), "1", null, "3", "4", "5", "v" + i);
        expected.add(
            CheckResult.of(
                "c",
                SubjectTypes.PERSON,
                id(i),
                Status.FAIL,
                "X",
                "six",
                "a",
                "1",
                "c",
                "3",
                "d",
                "4",
                "e",
                "5",
                "f",
                "v" + i));
      } else if (i % 3 == 1) {
        list.add(NONE, id(i));
        expected.add(CheckResult.of("c", SubjectTypes.PERSON, id(i), Status.PASS, "OK", "none"));
      } else {
        list.add(ONE, id(i), "v" + i);
        expected.add(one(i));
      }
    }
    assertThat(list).containsExactlyElementsOf(expected);
  }

  @Test
  void replacingRowsByWiderAndNarrowerOnesThenSortingKeepsEachRowsOwnValues() {
    ResultColumns list = new ResultColumns(2);
    for (int i = 9; i >= 0; i--) {
      list.add(ONE, id(i), "v" + i);
    }
    CheckResult wide =
        CheckResult.of(
            "c",
            SubjectTypes.PERSON,
            id(4),
            Status.FAIL,
            "X",
            "six",
            "a",
            "1",
            "b",
            "2",
            "c",
            "3",
            "d",
            "4",
            "e",
            "5",
            "f",
            "6");
    CheckResult waived =
        CheckResult.of(
            "c", SubjectTypes.PERSON, id(7), Status.WAIVED, "OK", "w", "a", "v7", "waiver", "w7");
    CheckResult none1 = CheckResult.of("c", SubjectTypes.PERSON, id(1), Status.PASS, "OK", "none");
    list.set(5, wide);
    list.set(2, waived);
    list.set(8, none1);
    list.sort(Comparator.comparing(CheckResult::subjectId));
    List<CheckResult> expected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      expected.add(i == 4 ? wide : i == 7 ? waived : i == 1 ? none1 : one(i));
    }
    assertThat(list).containsExactlyElementsOf(expected);
    assertThat(list.get(4).evidenceValue("f")).isEqualTo("6");
    assertThat(list.get(7).evidenceValue("waiver")).isEqualTo("w7");
  }

  private static CheckResult one(int i) {
    return CheckResult.of("c", SubjectTypes.PERSON, id(i), Status.PASS, "OK", "one", "a", "v" + i);
  }

  private static String id(int i) {
    return String.format("p%06d", i);
  }
}
