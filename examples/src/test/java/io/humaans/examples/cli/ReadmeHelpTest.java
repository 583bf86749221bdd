package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's help block is what the program prints (tests run in examples/). */
class ReadmeHelpTest {
  private static final String MARKER = "<!-- cli-help: --help -->\n```text\n";

  @Test
  void readmeHelpBlockIsTheProgramsHelp() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(MARKER);
    assertThat(start).as("README.md has the help block marker").isNotNegative();
    int from = start + MARKER.length();
    String block = readme.substring(from, readme.indexOf("```\n", from));

    CliRun.Result r = new CliRun().run(Map.of(), "--help");

    assertThat(r.status).isEqualTo(HumaansCli.OK);
    assertThat(block).isEqualTo(r.out);
  }
}
