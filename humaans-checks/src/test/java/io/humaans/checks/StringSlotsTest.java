package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringSlotsTest {
  @Test
  void numbersDistinctStringsInOrderOfAdditionAcrossGrowth() {
    StringSlots slots = new StringSlots(2);
    for (int i = 0; i < 1000; i++) {
      assertThat(slots.addOrGet("k" + i)).isEqualTo(-i - 1);
    }
    assertThat(slots.addOrGet("k7")).isEqualTo(7);
    assertThat(slots.get("k999")).isEqualTo(999);
    assertThat(slots.get("missing")).isEqualTo(-1);
    assertThat(slots.size()).isEqualTo(1000);
  }

  @Test
  void growsPastSeveralColumnChunks() {
    // 100k keys need a table of 262,144 entries: 8 chunks of keys and of slots.
    StringSlots slots = new StringSlots(16);
    for (int i = 0; i < 100_000; i++) {
      assertThat(slots.addOrGet("person." + i + "@corp.example")).isEqualTo(-i - 1);
    }
    for (int i = 0; i < 100_000; i += 997) {
      assertThat(slots.get("person." + i + "@corp.example")).isEqualTo(i);
      assertThat(slots.getNormalized(" PERSON." + i + "@CORP.EXAMPLE ")).isEqualTo(i);
    }
    assertThat(slots.get("person.100000@corp.example")).isEqualTo(-1);
  }

  @Test
  void normalizedLookupStripsAndFoldsCaseLikeTextKey() {
    StringSlots slots = new StringSlots(4);
    slots.addOrGet("ada@example.com");
    slots.addOrGet("zoë@example.com");
    assertThat(slots.getNormalized("  ADA@Example.COM\t")).isEqualTo(0);
    assertThat(slots.getNormalized("ZOË@EXAMPLE.COM")).isEqualTo(1);
    assertThat(slots.getNormalized("ada@example.co")).isEqualTo(-1);
    assertThat(slots.getNormalized("   ")).isEqualTo(-1);
    assertThat(slots.getNormalized("")).isEqualTo(-1);
  }

  @Test
  void batchLookupGivesWhatSingleLookupsGive() {
    StringSlots slots = new StringSlots(16);
    for (int i = 0; i < 50_000; i++) {
      slots.addOrGet("u" + i + "@corp.example");
    }
    slots.addOrGet("zoë@example.com");
    slots.addOrGet("a b@example.com");
    String[] raws = {
      "U17@CORP.EXAMPLE",
      " u49999@corp.example\t",
      null,
      "",
      "   ",
      "ZOË@EXAMPLE.COM",
      "missing@corp.example",
      "A B@example.com",
      "ab@example.com",
      "u5@corp.exampl",
      "u123@corp.example",
      "U40000@Corp.Example"
    };
    int[] out = new int[raws.length];

    slots.getNormalized(raws, raws.length, out);

    for (int j = 0; j < raws.length; j++) {
      int expected = raws[j] == null ? -1 : slots.getNormalized(raws[j]);
      assertThat(out[j]).as(String.valueOf(raws[j])).isEqualTo(expected);
    }
    assertThat(out).startsWith(17, 49_999, -1, -1, -1, 50_000, -1, 50_001, -1, -1, 123, 40_000);
  }
}
