package io.humaans.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The parsed command line: one command and its options. Immutable once parsed. */
final class CliOptions {
  /** The sub-commands; {@code report} when none is given. */
  enum Command {
    REPORT, PEOPLE, SCOPES, SEATS, ACCESS;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Output formats. */
  enum Format {
    TEXT, JSON, CSV
  }

  private static final List<String> VALUE_OPTIONS = List.of("--as-of", "--format", "--accounts",
      "--policy", "--seats", "--events", "--waivers", "--exempt-title");

  final Command command;
  final boolean help;
  final boolean demo;
  final Optional<LocalDate> asOf;
  final Format format;
  final Optional<Path> accounts;
  final Optional<Path> policy;
  final Optional<Path> seats;
  final Optional<Path> events;
  final Optional<Path> waivers;
  final List<String> exemptTitles;

  private CliOptions(Parser p) {
    this.command = p.command == null ? Command.REPORT : p.command;
    this.help = p.help;
    this.demo = p.demo;
    this.asOf = Optional.ofNullable(p.asOf);
    this.format = p.format == null ? Format.TEXT : p.format;
    this.accounts = Optional.ofNullable(p.accounts);
    this.policy = Optional.ofNullable(p.policy);
    this.seats = Optional.ofNullable(p.seats);
    this.events = Optional.ofNullable(p.events);
    this.waivers = Optional.ofNullable(p.waivers);
    this.exemptTitles = List.copyOf(p.exemptTitles);
  }

  /** Returns whether any companion file was given. */
  boolean anyFile() {
    return accounts.isPresent() || policy.isPresent() || seats.isPresent() || events.isPresent()
        || waivers.isPresent();
  }

  /**
   * Parses {@code args}: an optional command first, then options as {@code --name value} or
   * {@code --name=value}.
   *
   * @throws UsageException naming the offending argument
   */
  static CliOptions parse(String[] args) throws UsageException {
    Parser p = new Parser();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (p.command != null || p.sawOption) {
          throw new UsageException("unexpected argument '" + arg + "'"
              + (p.command == null ? " (the command comes first)" : ""));
        }
        p.command = command(arg);
        continue;
      }
      p.sawOption = true;
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (VALUE_OPTIONS.contains(name) && value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("option " + name + " needs a value");
        }
        value = args[++i];
      }
      p.set(name, value);
    }
    CliOptions options = new CliOptions(p);
    if (!options.help) {
      options.checkApplicable(p.given);
    }
    return options;
  }

  private void checkApplicable(Set<String> given) throws UsageException {
    Set<String> allowed = applicable(command);
    for (String option : given) {
      if (!allowed.contains(option)) {
        throw new UsageException("option " + option + " does not apply to '" + command.label()
            + "'");
      }
    }
    if (format == Format.CSV && command == Command.SCOPES) {
      throw new UsageException("'scopes' prints text or json, not csv");
    }
  }

  private static Set<String> applicable(Command command) {
    switch (command) {
      case PEOPLE:
        return Set.of("--demo", "--as-of", "--format");
      case SCOPES:
        return Set.of("--demo", "--format");
      case SEATS:
        return Set.of("--demo", "--as-of", "--format", "--seats", "--events", "--waivers");
      case ACCESS:
        return Set.of("--demo", "--as-of", "--format", "--accounts", "--policy", "--waivers");
      default:
        return Set.of("--demo", "--as-of", "--format", "--accounts", "--policy", "--seats",
            "--events", "--waivers", "--exempt-title");
    }
  }

  private static Command command(String arg) throws UsageException {
    for (Command c : EnumSet.allOf(Command.class)) {
      if (c.label().equals(arg)) {
        return c;
      }
    }
    throw new UsageException("unknown command '" + arg
        + "' (expected report, people, scopes, seats or access)");
  }

  /** Mutable state while parsing. */
  private static final class Parser {
    @Nullable Command command;
    boolean sawOption;
    boolean help;
    boolean demo;
    @Nullable LocalDate asOf;
    @Nullable Format format;
    @Nullable Path accounts;
    @Nullable Path policy;
    @Nullable Path seats;
    @Nullable Path events;
    @Nullable Path waivers;
    final List<String> exemptTitles = new ArrayList<>();
    final Set<String> given = new LinkedHashSet<>();

    void set(String name, @Nullable String value) throws UsageException {
      if (value == null) {
        switch (name) {
          case "--help":
          case "-h":
            help = true;
            return;
          case "--demo":
            demo = true;
            given.add(name);
            return;
          default:
            throw new UsageException("unknown option '" + name + "'");
        }
      }
      if (!VALUE_OPTIONS.contains(name)) {
        throw new UsageException(name.equals("--demo") || name.equals("--help")
            ? "option " + name + " takes no value" : "unknown option '" + name + "'");
      }
      if (!name.equals("--exempt-title") && !given.add(name)) {
        throw new UsageException("option " + name + " given twice");
      }
      given.add(name);
      if (value.isBlank()) {
        throw new UsageException("option " + name + " needs a non-empty value");
      }
      switch (name) {
        case "--as-of":
          asOf = date(value);
          break;
        case "--format":
          format = format(value);
          break;
        case "--accounts":
          accounts = Path.of(value);
          break;
        case "--policy":
          policy = Path.of(value);
          break;
        case "--seats":
          seats = Path.of(value);
          break;
        case "--events":
          events = Path.of(value);
          break;
        case "--waivers":
          waivers = Path.of(value);
          break;
        default:
          exemptTitles.add(value.trim());
          break;
      }
    }

    private static LocalDate date(String value) throws UsageException {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new UsageException("invalid --as-of '" + value
            + "': expected a date YYYY-MM-DD such as 2026-11-02");
      }
    }

    private static Format format(String value) throws UsageException {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "text":
          return Format.TEXT;
        case "json":
          return Format.JSON;
        case "csv":
          return Format.CSV;
        default:
          throw new UsageException("invalid --format '" + value + "': expected text, json or csv");
      }
    }
  }
}
