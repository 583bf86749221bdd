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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The companion inputs of one run (accounts, policies, seats, events, waivers), read from the files
 * named on the command line; in demo mode each input the command uses and no option names comes
 * from the bundled demo file ({@code access --demo --waivers w.csv} reads the demo accounts and
 * policy and the given waivers). Immutable.
 */
final class CompanionFiles {
  final List<Account> accounts;
  final List<AccessPolicy> policies;
  final List<Seat> seats;
  final List<ActivityEvent> events;
  final List<Waiver> waivers;

  /** Whether every input came from the bundled demo files. */
  final boolean bundled;

  private CompanionFiles(
      List<Account> accounts,
      List<AccessPolicy> policies,
      List<Seat> seats,
      List<ActivityEvent> events,
      List<Waiver> waivers,
      boolean bundled) {
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
    if (!demo
        && command == CliOptions.Command.SEATS
        && options.seats.isEmpty()
        && options.events.isEmpty()) {
      throw new UsageException(
          "'seats' needs --seats FILE.csv (and optionally --events FILE.csv)"
              + " unless run with --demo");
    }
    if (!demo
        && command == CliOptions.Command.ACCESS
        && options.accounts.isEmpty()
        && !options.humaansAccess) {
      throw new UsageException(
          "'access' needs --accounts FILE.csv (and optionally --policy FILE)"
              + " when run with --no-humaans-access, unless run with --demo");
    }
    boolean access = command == CliOptions.Command.REPORT || command == CliOptions.Command.ACCESS;
    boolean seats = command == CliOptions.Command.REPORT || command == CliOptions.Command.SEATS;
    boolean checks = access || seats;
    try {
      return new CompanionFiles(
          read(
              "--accounts",
              options.accounts,
              AccountsCsv::read,
              demo && access ? DemoFiles::accounts : null),
          read(
              "--policy",
              options.policy,
              PolicyCsv::read,
              demo && access ? DemoFiles::policies : null),
          read("--seats", options.seats, SeatsCsv::read, demo && seats ? DemoFiles::seats : null),
          read(
              "--events",
              options.events,
              EventsCsv::read,
              demo && seats ? DemoFiles::events : null),
          read(
              "--waivers",
              options.waivers,
              WaiversCsv::read,
              demo && checks ? DemoFiles::waivers : null),
          demo && !options.anyFile());
    } catch (CsvFormatException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Reads one CSV file into records. */
  @FunctionalInterface
  private interface Reader<T> {
    List<T> read(Path file) throws IOException;
  }

  /** Reads the file given, else the bundled demo file when {@code bundled} is not null. */
  private static <T> List<T> read(
      String option, Optional<Path> file, Reader<T> reader, @Nullable Supplier<List<T>> bundled)
      throws UsageException {
    if (file.isEmpty()) {
      return bundled == null ? List.of() : bundled.get();
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
      throw new UsageException(
          option
              + " "
              + file.get()
              + ": cannot read ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    }
  }
}
