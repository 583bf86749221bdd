package io.humaans.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line: one command and its options. Immutable once parsed. The command classes
 * ({@link ReportCommand}, ...) declare the options; {@link CliParser} parses with them and each
 * command turns its fields into this value.
 */
final class CliOptions {
  /** The sub-commands; {@code report} when none is given. */
  enum Command {
    REPORT,
    PEOPLE,
    SCOPES,
    SEATS,
    ACCESS;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    CSV,
    /** One self-contained HTML page ({@link ReportHtml}); the commands that run checks only. */
    HTML
  }

  /** When the commands that run checks exit with status 1 ({@code --fail-on}). */
  enum FailOn {
    /** Any failing or incomplete check (the default). */
    ANY,
    /** A failure that is new since {@code --baseline}, or an incomplete check. */
    NEW
  }

  final Command command;
  final boolean help;
  final boolean demo;
  final boolean verbose;
  final boolean quiet;
  final Optional<LocalDate> asOf;
  final Format format;
  final Optional<Path> accounts;
  final Optional<Path> policy;

  /** Whether Humaans' own role memberships are read as accounts of system {@code humaans}. */
  final boolean humaansAccess;

  final Optional<Path> seats;
  final Optional<Path> events;
  final Optional<Path> waivers;
  final List<String> exemptTitles;
  final Optional<Path> baseline;
  final FailOn failOn;

  private CliOptions(Builder b) {
    this.command = b.command;
    this.help = b.help;
    this.demo = b.demo.demo;
    this.verbose = b.output.verbose;
    this.quiet = b.output.quiet;
    this.asOf = Optional.ofNullable(b.asOf == null ? null : b.asOf.asOf);
    this.format = b.format;
    this.accounts = Optional.ofNullable(b.access == null ? null : b.access.accounts);
    this.policy = Optional.ofNullable(b.access == null ? null : b.access.policy);
    this.humaansAccess = b.access != null && !b.access.noHumaansAccess;
    this.seats = Optional.ofNullable(b.seats == null ? null : b.seats.seats);
    this.events = Optional.ofNullable(b.seats == null ? null : b.seats.events);
    this.waivers = Optional.ofNullable(b.waivers == null ? null : b.waivers.waivers);
    this.exemptTitles = List.copyOf(b.exemptTitles);
    this.baseline = Optional.ofNullable(b.baseline == null ? null : b.baseline.baseline);
    this.failOn = b.baseline == null || b.baseline.failOn == null ? FailOn.ANY : b.baseline.failOn;
  }

  /** Returns whether any companion file was given. */
  boolean anyFile() {
    return accounts.isPresent()
        || policy.isPresent()
        || seats.isPresent()
        || events.isPresent()
        || waivers.isPresent();
  }

  /**
   * Parses {@code args}: an optional command first, then options as {@code --name value} or {@code
   * --name=value}.
   *
   * @throws UsageException naming the offending argument
   */
  static CliOptions parse(String[] args) throws UsageException {
    return CliParser.parse(args).options();
  }

  static Builder builder(Command command, CommonOptions.Demo demo, CommonOptions.Output output) {
    return new Builder(command, demo, output);
  }

  /** Collects the mixins of one parsed command. */
  static final class Builder {
    private final Command command;
    private final CommonOptions.Demo demo;
    private final CommonOptions.Output output;
    private boolean help;
    private @Nullable AsOfOption asOf;
    private Format format = Format.TEXT;
    private FileOptions.@Nullable Access access;
    private FileOptions.@Nullable Seats seats;
    private FileOptions.@Nullable Waivers waivers;
    private List<String> exemptTitles = List.of();
    private @Nullable BaselineOptions baseline;

    private Builder(Command command, CommonOptions.Demo demo, CommonOptions.Output output) {
      this.command = command;
      this.demo = demo;
      this.output = output;
    }

    Builder help(boolean help) {
      this.help = help;
      return this;
    }

    Builder asOf(AsOfOption asOf) {
      this.asOf = asOf;
      return this;
    }

    Builder format(Format format) {
      this.format = format;
      return this;
    }

    Builder access(FileOptions.Access access) {
      this.access = access;
      return this;
    }

    Builder seats(FileOptions.Seats seats) {
      this.seats = seats;
      return this;
    }

    Builder waivers(FileOptions.Waivers waivers) {
      this.waivers = waivers;
      return this;
    }

    Builder exemptTitles(List<String> titles) {
      this.exemptTitles =
          titles.stream().map(String::trim).collect(java.util.stream.Collectors.toList());
      return this;
    }

    Builder baseline(BaselineOptions baseline) {
      this.baseline = baseline;
      return this;
    }

    CliOptions build() {
      return new CliOptions(this);
    }
  }
}
