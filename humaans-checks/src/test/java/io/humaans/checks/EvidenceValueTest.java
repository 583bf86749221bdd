package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceValueTest {
  private static final List<String> KEYS = List.of("seatId", "email", "reason", "lastActivityAt");

  @Test
  void anObjectFromKeysAndValuesWritesWhatTheMapFormWrites() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("seatId", "s1");
    map.put("email", null);
    map.put("reason", "INACTIVE");
    map.put("lastActivityAt", Instant.parse("2026-01-02T03:04:05Z"));
    EvidenceValue fromMap = EvidenceValue.object(map);
    EvidenceValue fromKeys =
        EvidenceValue.object(KEYS, "s1", null, "INACTIVE", Instant.parse("2026-01-02T03:04:05Z"));

    assertThat(fromKeys.toString())
        .isEqualTo(
            "{\"seatId\":\"s1\",\"email\":null,\"reason\":\"INACTIVE\","
                + "\"lastActivityAt\":\"2026-01-02T03:04:05Z\"}")
        .isEqualTo(fromMap.toString());
    assertThat(fromKeys).isEqualTo(fromMap).hasSameHashCodeAs(fromMap);
  }

  @Test
  void nestedValuesAndEveryScalarKindRenderOnFirstUse() throws Exception {
    List<Object> elements = new ArrayList<>();
    elements.add(EvidenceValue.number(3));
    elements.add(7);
    elements.add(8L);
    elements.add(new BigDecimal("0.50"));
    elements.add(LocalDate.of(2026, 11, 30));
    elements.add("quote \" and \\ and \n");
    elements.add(null);
    elements.add(EvidenceValue.object(List.of("a"), EvidenceValue.ratio(2, 3)));
    EvidenceValue list = EvidenceValue.list(elements);
    String expected =
        "[3,7,8,0.50,\"2026-11-30\",\"quote \\\" and \\\\ and \\n\",null,{\"a\":0.67}]";

    StringWriter streamed = new StringWriter();
    list.writeTo(streamed);
    assertThat(streamed.toString()).isEqualTo(expected);
    assertThat(list.json()).isEqualTo(expected);
    assertThat(list.toString()).isSameAs(list.json()); // rendered once, then kept
  }

  @Test
  void theValuesAreCopiedSoLaterChangesToTheCallersListDoNotShow() {
    List<Object> elements = new ArrayList<>(List.of("a"));
    Object[] values = {"x"};
    EvidenceValue list = EvidenceValue.list(elements);
    EvidenceValue object = EvidenceValue.object(List.of("k"), values);
    elements.add("b");
    values[0] = "changed";

    assertThat(list.toString()).isEqualTo("[\"a\"]");
    assertThat(object.toString()).isEqualTo("{\"k\":\"x\"}");
  }

  @Test
  void badInputFailsWhenTheValueIsMadeNotWhenItIsWritten() {
    assertThatThrownBy(() -> EvidenceValue.object(KEYS, "s1", "e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("4 keys but 2 values: [seatId, email, reason, lastActivityAt]");
    assertThatThrownBy(() -> EvidenceValue.object(Arrays.asList("a", null), 1, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key == null");
    assertThatThrownBy(() -> EvidenceValue.list(List.of(new StringBuilder("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported evidence value type: java.lang.StringBuilder");
    assertThatThrownBy(() -> EvidenceValue.object(List.of("a"), 1.5d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported evidence value type: java.lang.Double");
  }

  @Test
  void rowsWriteWhatAListOfObjectsWithTheSameKeysWrites() {
    EvidenceValue.Rows rows = EvidenceValue.rows(KEYS);
    List<Object> objects = new ArrayList<>();
    for (int i = 0; i < 50; i++) { // past the builder's first capacity
      Object[] values = {"s" + i, i % 3 == 0 ? null : "p" + i + "@example.com", "INACTIVE", null};
      rows.add(values);
      objects.add(EvidenceValue.object(KEYS, values));
    }

    EvidenceValue built = rows.build();

    assertThat(rows.size()).isEqualTo(50);
    assertThat(built.toString())
        .startsWith(
            "[{\"seatId\":\"s0\",\"email\":null,\"reason\":\"INACTIVE\",\"lastActivityAt\":null},"
                + "{\"seatId\":\"s1\",\"email\":\"p1@example.com\"")
        .endsWith("\"lastActivityAt\":null}]")
        .isEqualTo(EvidenceValue.list(objects).toString());
    assertThat(built).isEqualTo(EvidenceValue.list(objects));
  }

  @Test
  void rowsAcrossManyStorageChunksKeepEveryRowInOrderAndABuiltValueStaysAsBuilt() {
    // 3,001 rows of 3 values fill two 4,096-value chunks and start a third.
    EvidenceValue.Rows rows = EvidenceValue.rows(List.of("i", "even", "day"));
    List<Object> objects = new ArrayList<>();
    for (int i = 0; i < 3_001; i++) {
      Object[] values = {i, i % 2 == 0 ? "yes" : null, LocalDate.of(2026, 1, 1).plusDays(i)};
      rows.add(values);
      objects.add(EvidenceValue.object(List.of("i", "even", "day"), values));
    }
    EvidenceValue built = rows.build();
    rows.add(-1, "later", null); // after build: must not show in the built value

    assertThat(built).isEqualTo(EvidenceValue.list(objects));
    assertThat(built.toString()).endsWith("{\"i\":3000,\"even\":\"yes\",\"day\":\"2034-03-20\"}]");
    assertThat(rows.build().toString())
        .startsWith(built.toString().substring(0, built.toString().length() - 1) + ",")
        .endsWith("{\"i\":-1,\"even\":\"later\",\"day\":null}]");
  }

  @Test
  void rowsWithoutRowsAreAnEmptyArrayAndABuiltValueDoesNotChangeWithTheBuilder() {
    EvidenceValue.Rows rows = EvidenceValue.rows(List.of("a", "b"));
    EvidenceValue empty = rows.build();
    rows.add(1, LocalDate.of(2026, 12, 1));
    EvidenceValue one = rows.build();
    rows.add("x", null);

    assertThat(empty.toString()).isEqualTo("[]");
    assertThat(one.toString()).isEqualTo("[{\"a\":1,\"b\":\"2026-12-01\"}]");
    assertThat(rows.build().toString())
        .isEqualTo("[{\"a\":1,\"b\":\"2026-12-01\"},{\"a\":\"x\",\"b\":null}]");
  }

  @Test
  void rowsRejectBadShapesAndValuesWhenAdded() {
    EvidenceValue.Rows rows = EvidenceValue.rows(KEYS);
    assertThatThrownBy(() -> rows.add("s1", "e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("4 keys but 2 values: [seatId, email, reason, lastActivityAt]");
    assertThatThrownBy(() -> rows.add("s1", null, "R", 1.5d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported evidence value type: java.lang.Double");
    assertThat(rows.size()).isZero();
    assertThat(rows.build().toString()).isEqualTo("[]");
    assertThatThrownBy(() -> EvidenceValue.rows(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no keys");
    assertThatThrownBy(() -> EvidenceValue.rows(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key == null");
  }
}
