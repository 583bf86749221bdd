package io.humaans.examples.cli;

import static java.util.Objects.requireNonNull;

import io.humaans.checks.Baseline;
import io.humaans.checks.Check;
import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.model.Directory;
import io.humaans.checks.rules.AccessValidCheck;
import io.humaans.checks.rules.ActivityTrendCheck;
import io.humaans.checks.rules.OffboardedAccessRemovedCheck;
import io.humaans.checks.rules.OneAccountPerPersonCheck;
import io.humaans.checks.rules.ReclaimableSeatsCheck;
import io.humaans.checks.rules.UserIdentifiedCheck;
import io.humaans.client.HumaansClient;
import io.humaans.client.Sleeper;
import io.humaans.client.TokenScopes;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.client.errors.AuthenticationException;
import io.humaans.client.errors.HumaansException;
import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.errors.PermissionException;
import io.humaans.examples.ExampleEnvironment;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code humaans} command-line program, main class of {@code humaans-examples.jar}.
 *
 * <pre>{@code
 * java -jar examples/target/humaans-examples.jar report --demo
 * java -jar examples/target/humaans-examples.jar access --accounts github.csv --policy policy.csv
 * }</pre>
 *
 * <p>Commands: {@code report} (default), {@code people}, {@code scopes}, {@code seats}, {@code
 * access}, plus {@code help COMMAND} and {@code generate-completion}; see the README or {@code
 * --help}. The commands are picocli command classes ({@link ReportCommand}, ...). The token comes
 * from {@code HUMAANS_API_TOKEN} (never printed) and the base URL from {@code HUMAANS_BASE_URL};
 * without a token, or with {@code --demo}, the program runs against the embedded demo company.
 * Results go to standard output, progress, notes and errors to standard error. {@code report} and
 * {@code access} also judge who holds which Humaans role, as accounts of system {@code humaans}
 * (see {@link HumaansAccessInput}), unless {@code --no-humaans-access}.
 *
 * <p>Exit status: {@value #OK} every check passes or is not applicable (or a listing succeeded),
 * {@value #CHECKS_FAILED} a check fails or is incomplete, {@value #USAGE_ERROR} a usage or
 * input-file error, {@value #API_ERROR} an API error (authentication, missing scope, network).
 *
 * <p>An instance holds no state between runs and may be reused; {@link #run} is thread-safe as long
 * as the streams are not shared.
 */
public final class HumaansCli {
  /** Exit status: every check passes or is not applicable (judged nothing). */
  public static final int OK = 0;

  /** Exit status: a check fails or is incomplete. */
  public static final int CHECKS_FAILED = 1;

  /** Exit status: bad command line or input file. */
  public static final int USAGE_ERROR = 2;

  /** Exit status: the API call failed (authentication, scope, network). */
  public static final int API_ERROR = 3;

  private static final Set<String> SEAT_CHECKS =
      Set.of(ReclaimableSeatsCheck.ID, ActivityTrendCheck.ID);
  private static final Set<String> ACCESS_CHECKS =
      Set.of(
          UserIdentifiedCheck.ID,
          OffboardedAccessRemovedCheck.ID,
          AccessValidCheck.ID,
          OneAccountPerPersonCheck.ID);

  private final Sleeper sleeper;
  private final Clock clock;
  private final BooleanSupplier terminal;
  private final LongSupplier nanoTime;

  /** Creates a program that waits for real between retries and takes "today" from the UTC clock. */
  public HumaansCli() {
    this(Sleeper.system(), Clock.systemUTC());
  }

  HumaansCli(Sleeper sleeper, Clock clock) {
    this(sleeper, clock, () -> System.console() != null, System::nanoTime);
  }

  /**
   * Creates a program with the given collaborators.
   *
   * @param terminal whether standard error is a terminal: progress then rewrites one line, and help
   *     is coloured
   * @param nanoTime the monotonic clock progress rates are measured with
   */
  HumaansCli(Sleeper sleeper, Clock clock, BooleanSupplier terminal, LongSupplier nanoTime) {
    this.sleeper = requireNonNull(sleeper, "sleeper == null");
    this.clock = requireNonNull(clock, "clock == null");
    this.terminal = requireNonNull(terminal, "terminal == null");
    this.nanoTime = requireNonNull(nanoTime, "nanoTime == null");
  }

  /** Runs the program with the process environment and exits with its status. */
  public static void main(String[] args) {
    StartupWarmUp.start();
    System.exit(new HumaansCli().run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs one command.
   *
   * @param args the command line, e.g. {@code report --format json}
   * @param env the environment ({@code HUMAANS_API_TOKEN}, {@code HUMAANS_BASE_URL})
   * @param out where results go
   * @param err where progress, notes and errors go
   * @return the exit status: {@value #OK}, {@value #CHECKS_FAILED}, {@value #USAGE_ERROR} or
   *     {@value #API_ERROR}
   */
  public int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    boolean onTerminal = terminal.getAsBoolean();
    CliOptions options;
    try {
      CliParser.Parsed parsed = CliParser.parse(args);
      if (parsed.printHelpIfRequested(out, onTerminal)) {
        return OK;
      }
      options = parsed.options();
    } catch (UsageException e) {
      return usageError(new Diagnostics(err, false, false, false, nanoTime), e);
    }
    Diagnostics diagnostics =
        new Diagnostics(err, options.quiet, options.verbose, onTerminal, nanoTime);
    CompanionFiles files;
    @Nullable Baseline baseline = null;
    try {
      String token = env.get(ExampleEnvironment.TOKEN_VARIABLE);
      files = CompanionFiles.load(options, options.demo || token == null || token.isBlank());
      if (options.baseline.isPresent()) {
        baseline = BaselineFile.read(options.baseline.get());
        BaselineFile.requireChecks(baseline, options.baseline.get(), checks(options.command));
      }
    } catch (UsageException e) {
      return usageError(diagnostics, e);
    }
    ExampleEnvironment environment;
    try {
      ExampleEnvironment.Builder builder =
          ExampleEnvironment.builder()
              .env(env)
              .forceDemo(options.demo)
              .demoRateLimit(true)
              .sleeper(announcing(diagnostics))
              .notes(options.quiet ? new PrintStream(OutputStream.nullOutputStream()) : err);
      if (diagnostics.verbose()) {
        builder.logger(diagnostics::http);
      }
      environment = builder.build();
    } catch (IllegalArgumentException e) {
      diagnostics.error("humaans: " + ExampleEnvironment.BASE_URL_VARIABLE + ": " + e.getMessage());
      return USAGE_ERROR;
    } catch (UncheckedIOException e) {
      diagnostics.error("humaans: cannot start the demo server: " + e.getMessage());
      return API_ERROR;
    }
    try (environment) {
      LocalDate asOf = options.asOf.orElseGet(() -> environment.defaultAsOf(clock));
      if (baseline != null) {
        try {
          BaselineFile.requireNotAfter(baseline, options.baseline.orElseThrow(), asOf);
        } catch (UsageException e) {
          return usageError(diagnostics, e);
        }
      }
      HumaansClient client = environment.client();
      switch (options.command) {
        case PEOPLE:
          PeopleListing.print(readDirectory(client, diagnostics), asOf, options.format, out);
          return OK;
        case SCOPES:
          ScopesText.print(client.tokenScopes(), options.format, out);
          return OK;
        default:
          return check(
              checks(options.command), client, files, baseline, options, asOf, out, diagnostics);
      }
    } catch (HumaansException e) {
      diagnostics.error("humaans: " + describe(e));
      return API_ERROR;
    }
  }

  private static int usageError(Diagnostics diagnostics, UsageException e) {
    diagnostics.error("humaans: " + e.getMessage());
    diagnostics.error("Run with --help for usage.");
    return USAGE_ERROR;
  }

  /** The checks a command runs: the seat or access checks, or all. */
  private static List<Check> checks(CliOptions.Command command) {
    Stream<Check> all = Checks.all().stream();
    switch (command) {
      case SEATS:
        return all.filter(c -> SEAT_CHECKS.contains(c.info().id())).collect(Collectors.toList());
      case ACCESS:
        return all.filter(c -> ACCESS_CHECKS.contains(c.info().id())).collect(Collectors.toList());
      default:
        return all.collect(Collectors.toList());
    }
  }

  private int check(
      List<Check> checks,
      HumaansClient client,
      CompanionFiles files,
      @Nullable Baseline baseline,
      CliOptions options,
      LocalDate asOf,
      PrintStream out,
      Diagnostics diagnostics) {
    Directory directory = readDirectory(client, diagnostics);
    if (directory.scopes().isEmpty()) {
      diagnostics.note(
          "warning: the token's scopes could not be read (no /token-info); if it"
              + " lacks private:read, leavers and pre-hires are missing although the report counts"
              + " the directory as complete");
    }
    HumaansAccessInput humaans =
        options.humaansAccess
            ? HumaansAccessInput.read(client, files.policies, diagnostics)
            : HumaansAccessInput.none();
    CheckInput.Builder inputBuilder =
        CheckInput.builder()
            .directory(directory)
            .addAllAccounts(files.accounts)
            .addAllPolicies(files.policies)
            .addAllSeats(files.seats)
            .addAllEvents(files.events)
            .addAllWaivers(files.waivers);
    humaans.fileRowsNote(files.accounts).ifPresent(diagnostics::note);
    humaans.addTo(inputBuilder);
    CheckInput input = inputBuilder.build();
    PolicyNotes.systemsWithoutAccounts(input).forEach(diagnostics::note);
    CheckConfig.Builder config = CheckConfig.builder().asOf(asOf);
    if (!options.exemptTitles.isEmpty()) {
      List<String> titles = new ArrayList<>(CheckConfig.DEFAULT_TOP_MANAGEMENT_TITLES);
      titles.addAll(options.exemptTitles);
      config.topManagementTitlePatterns(titles);
    }
    Report report = Checks.run(checks, CheckContext.of(input, config.build()));
    @Nullable ReportChanges changes = baseline == null ? null : report.compareWith(baseline);
    WaiverNotes.namingNothing(files.waivers, report).forEach(diagnostics::note);
    if (report.partial()) {
      diagnostics.note(
          "warning: the token lacks private:read, so leavers and pre-hires are"
              + " missing and checks that need them are INCOMPLETE");
    }
    switch (options.format) {
      case JSON:
        out.print(changes == null ? report.toJson() : changes.toJson());
        break;
      case HTML:
        out.print(ReportHtml.render(report, changes));
        break;
      case CSV:
        out.print(report.toCsv());
        break;
      default:
        ReportText.print(report, changes, humaans, out);
        break;
    }
    return RunStatus.decide(report, changes, options.failOn, diagnostics);
  }

  private static Directory readDirectory(HumaansClient client, Diagnostics diagnostics) {
    diagnostics.startReading();
    try {
      return DirectoryReader.builder(client)
          .progress(
              new DirectoryReader.ProgressListener() {
                @Override
                public void onPage(String resource, int fetched, OptionalInt total) {
                  diagnostics.progress(resource, fetched, total);
                }

                @Override
                public void onWarning(String message) {
                  // The token's own warnings ("The token lacks ...", "The token's scopes are
                  // unknown ...", the creator limit) are reported by check() in its words, or
                  // by the scopes command; what is left is the partial-directory warning.
                  if (!message.startsWith("The token")
                      && !message.equals(TokenScopes.CREATOR_LIMIT)) {
                    diagnostics.note("warning: " + message);
                  }
                }
              })
          .build()
          .read();
    } finally {
      diagnostics.endProgress();
    }
  }

  /** The CLI's sleeper: says why it waits, and still wakes early when the call is cancelled. */
  private Sleeper announcing(Diagnostics diagnostics) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        sleep(duration, () -> false);
      }

      @Override
      public void sleep(Duration duration, BooleanSupplier canceled) throws InterruptedException {
        diagnostics.note(
            "retrying in "
                + duration.toMillis() / 1000.0
                + " s (rate limited or a"
                + " request failed)");
        sleeper.sleep(duration, canceled);
      }
    };
  }

  /** Returns a one-line explanation of an API failure; client messages never hold the token. */
  static String describe(HumaansException e) {
    if (e instanceof AuthenticationException) {
      return "the API rejected the token; check "
          + ExampleEnvironment.TOKEN_VARIABLE
          + " ("
          + e.getMessage()
          + ")";
    }
    if (e instanceof PermissionException) {
      PermissionException p = (PermissionException) e;
      return p.requiredScope()
          .map(s -> "the token lacks the scope '" + s.value() + "' (" + e.getMessage() + ")")
          .orElse("permission denied (" + e.getMessage() + ")");
    }
    if (e instanceof HumaansIoException) {
      return "network error (" + e.getMessage() + ")";
    }
    return "API error (" + e.getMessage() + ")";
  }
}
