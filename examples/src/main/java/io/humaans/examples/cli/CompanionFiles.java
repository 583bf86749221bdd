package io.humaans.examples.cli;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import io.humaans.examples.csv.CsvFormatException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The companion inputs of one run (accounts, policies, seats, events, waivers), read from the
 * files named on the command line or, in demo mode when none is named, from the bundled demo
 * files the command needs. Immutable.
 */
final class CompanionFiles {
  final List<Account> accounts;
  final List<AccessPolicy> policies;
  final List<Seat> seats;
  final List<ActivityEvent> events;
  final List<Waiver> waivers;
  final boolean bundled;

  private CompanionFiles(List<Account> accounts, List<AccessPolicy> policies, List<Seat> seats,
      List<ActivityEvent> events, List<Waiver> waivers, boolean bundled) {
    this.accounts = accounts;
    this.policies = policies;
    this.seats = seats;
    this.events = events;
    this.waivers = waivers;
    this.bundled = bundled;
  }

  /**
   * Loads the inputs for {@code options.command}.
   *
   * @throws UsageException if a file is missing, unreadable or malformed (naming file, line and
   *     column), or a command lacks the file it needs outside demo mode
   */
  static CompanionFiles load(CliOptions options, boolean demo) throws UsageException {
    CliOptions.Command command = options.command;
    if (demo && !options.anyFile()) {
      boolean access = command == CliOptions.Command.REPORT || command == CliOptions.Command.ACCESS;
      boolean seats = command == CliOptions.Command.REPORT || command == CliOptions.Command.SEATS;
      try {
        return new CompanionFiles(
            access ? DemoFiles.accounts() : List.of(),
            access ? DemoFiles.policies() : List.of(),
            seats ? DemoFiles.seats() : List.of(),
            seats ? DemoFiles.events() : List.of(),
            DemoFiles.waivers(),
            true);
      } catch (CsvFormatException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (command == CliOptions.Command.SEATS && options.seats.isEmpty()
        && options.events.isEmpty()) {
      throw new UsageException("'seats' needs --seats FILE.csv (and optionally --events FILE.csv)"
          + " unless run with --demo");
    }
    if (command == CliOptions.Command.ACCESS && options.accounts.isEmpty()) {
      throw new UsageException("'access' needs --accounts FILE.csv (and optionally --policy FILE)"
          + " unless run with --demo");
    }
    return new CompanionFiles(
        read("--accounts", options.accounts, AccountsCsv::read),
        read("--policy", options.policy, PolicyCsv::read),
        read("--seats", options.seats, SeatsCsv::read),
        read("--events", options.events, EventsCsv::read),
        read("--waivers", options.waivers, WaiversCsv::read),
        false);
  }

  /** Reads one CSV file into records. */
  @FunctionalInterface
  private interface Reader<T> {
    List<T> read(Path file) throws IOException;
  }

  private static <T> List<T> read(String option, Optional<Path> file, Reader<T> reader)
      throws UsageException {
    if (file.isEmpty()) {
      return List.of();
    }
    try {
      return reader.read(file.get());
    } catch (CsvFormatException e) {
      throw new UsageException(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UsageException(option + " " + file.get() + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException(option + " " + file.get() + ": permission denied");
    } catch (IOException e) {
      throw new UsageException(option + " " + file.get() + ": cannot read ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")");
    }
  }
}
