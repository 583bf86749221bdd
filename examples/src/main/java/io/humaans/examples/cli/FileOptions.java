package io.humaans.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The companion-file options, as picocli mixins grouped by the checks that read them: a command
 * mixes in the groups it uses, so each file option is declared once.
 */
final class FileOptions {
  private FileOptions() {}

  /**
   * {@code --accounts}, {@code --policy} and {@code --no-humaans-access}: the access checks, which
   * judge Humaans' own role memberships besides the accounts file unless told not to.
   */
  static final class Access {
    @Option(
        names = "--accounts",
        paramLabel = "FILE.csv",
        order = 40,
        description =
            "accounts: system,id,email,accessLevel,state"
                + "[,lastActiveAt,deactivatedAt,nonHuman]")
    @Nullable Path accounts;

    @Option(
        names = "--policy",
        paramLabel = "FILE.csv",
        order = 41,
        description = "access policy: system,matchOn,pattern,accessLevels")
    @Nullable Path policy;

    @Option(
        names = "--no-humaans-access",
        order = 42,
        description = "leave out who holds which Humaans role (system humaans, read by default)")
    boolean noHumaansAccess;
  }

  /** {@code --seats} and {@code --events}: the licence checks. */
  static final class Seats {
    @Option(
        names = "--seats",
        paramLabel = "FILE.csv",
        order = 50,
        description = "licence seats: product,seatId,email,assignedAt[,lastActivityAt]")
    @Nullable Path seats;

    @Option(
        names = "--events",
        paramLabel = "FILE.csv",
        order = 51,
        description = "activity events: email,product,timestamp")
    @Nullable Path events;
  }

  /** {@code --waivers}: accepted exceptions, for every command that runs checks. */
  static final class Waivers {
    @Option(
        names = "--waivers",
        paramLabel = "FILE.csv",
        order = 60,
        description = "waivers: checkId,subjectId,reason,expiresOn[,system]")
    @Nullable Path waivers;
  }
}
