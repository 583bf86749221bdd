package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link Page#of} and {@link AutoPager#of}: pages and pagers for consumers' unit tests. */
class TestSupportTest {
  private static final List<String> ROWS = List.of("a", "b", "c", "d", "e", "f", "g");

  @Test
  void pageOfKeepsTheEnvelopeAndHasNoNextPage() {
    Page<String> page = Page.of(List.of("a", "b"), 10, 4, 2);

    assertThat(page.data()).containsExactly("a", "b");
    assertThat(page.total()).isEqualTo(OptionalInt.of(10));
    assertThat(page.skip()).isEqualTo(4);
    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextPage()).isEmpty();
  }

  @Test
  void pageOfRejectsNegativeNumbers() {
    assertThatThrownBy(() -> Page.of(List.of(), -1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total and skip must be >= 0 and limit >= 1, were total=-1, skip=0, limit=10");
  }

  @Test
  void autoPagerOfDeliversEveryRowOnceInPages() {
    AutoPager<String> pager = AutoPager.of(ROWS, 3);

    assertThat(pager.toList()).isEqualTo(ROWS);
    List<List<String>> pages = new ArrayList<>();
    pager.pages().forEach(p -> pages.add(p.data()));
    assertThat(pages).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
    assertThat(pager.firstPage().total()).isEqualTo(OptionalInt.of(7));
    assertThat(pager.parallel(2).stream()).containsExactlyElementsOf(ROWS);
  }

  @Test
  void autoPagerOfKeepsEqualRowsAndEmptyLists() {
    List<String> equalRows = List.of(new String("x"), new String("x"), new String("x"));
    assertThat(AutoPager.of(equalRows, 2).toList()).containsExactly("x", "x", "x");
    assertThat(AutoPager.of(List.<String>of()).toList()).isEmpty();
    assertThatThrownBy(() -> AutoPager.of(ROWS, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be at least 2 (pages overlap by a row), was 1");
    String same = "y";
    assertThatThrownBy(() -> AutoPager.of(List.of(same, "z", same), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the same row object is listed twice, at 0 and 2: a listing never delivers one"
                + " row twice (use distinct objects)");
  }
}
