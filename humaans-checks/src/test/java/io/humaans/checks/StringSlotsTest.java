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
}
