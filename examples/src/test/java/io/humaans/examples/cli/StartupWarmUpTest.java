package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupWarmUpTest {
  @Test
  void everyClassItLoadsExistsSoALibraryUpgradeCannotTurnItIntoANoOp() {
    List<String> missing = new ArrayList<>();
    for (String name : StartupWarmUp.CLASSES) {
      try {
        Class.forName(name, false, StartupWarmUp.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        missing.add(name);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(StartupWarmUp.CLASSES).doesNotHaveDuplicates().hasSizeGreaterThan(10);
  }
}
