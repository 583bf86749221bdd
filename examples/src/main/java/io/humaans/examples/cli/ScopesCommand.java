package io.humaans.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scopes}: what the token can read. */
@Command(
    name = "scopes",
    versionProvider = BuildVersion.class,
    separator = " ",
    sortOptions = false,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    customSynopsis = "java -jar humaans-examples.jar scopes [OPTIONS]",
    description = "Shows the token's scopes and what it cannot see.",
    footer = {
      "",
      "Examples:",
      "  java -jar humaans-examples.jar scopes --demo",
      "  java -jar humaans-examples.jar scopes --format json",
      "",
      Usage.EXIT_LISTING
    })
final class ScopesCommand implements CliCommand {
  @Mixin CommonOptions.Demo demo = new CommonOptions.Demo();

  @Option(
      names = "--format",
      paramLabel = "text|json",
      order = 30,
      converter = FormatOption.Converter.class,
      completionCandidates = Names.class,
      description = "output format (default text)")
  CliOptions.@Nullable Format format;

  @Mixin CommonOptions.Output output = new CommonOptions.Output();

  @Override
  public CliOptions options(boolean help) throws UsageException {
    if (format == CliOptions.Format.CSV && !help) {
      throw new UsageException("'scopes' prints text or json, not csv");
    }
    return CliOptions.builder(CliOptions.Command.SCOPES, demo, output)
        .help(help)
        .format(format == null ? CliOptions.Format.TEXT : format)
        .build();
  }

  /** The formats offered by shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("text", "json").iterator();
    }
  }
}
