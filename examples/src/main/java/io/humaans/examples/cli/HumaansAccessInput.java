package io.humaans.examples.cli;

import io.humaans.checks.CheckInput;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.Account;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.HumaansAccess;
import io.humaans.client.directory.HumaansAccessReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Humaans' own access for one run of {@code report} or {@code access}: who holds which Humaans
 * role, read with {@link HumaansAccessReader} as accounts of system {@value
 * HumaansAccessReader#SYSTEM} (unless {@code --no-humaans-access}), joined to the accounts of the
 * {@code --accounts} file. When the roles cannot be read (403, 404 or 405, or a list the token
 * cannot fully see: see {@link HumaansAccessReader}), the run says so on standard error and the
 * check input names {@code humaans} among its {@linkplain CheckInput#unreadableSystems() unreadable
 * systems}, so the access checks never pass on an unread list and the report's inputs record why.
 * Immutable.
 */
final class HumaansAccessInput {
  private final @Nullable HumaansAccess access;

  private HumaansAccessInput(@Nullable HumaansAccess access) {
    this.access = access;
  }

  /** Returns the input of a run that leaves Humaans' access out. */
  static HumaansAccessInput none() {
    return new HumaansAccessInput(null);
  }

  /**
   * Reads the role memberships, noting on standard error when they cannot be read (one line, with
   * the server's reason), each row that was read but not fully understood, and each level the
   * {@code humaans} policy rows allow that no role is named.
   *
   * @throws io.humaans.client.errors.HumaansException for failures other than 403, 404 and 405
   */
  static HumaansAccessInput read(
      HumaansClient client, List<AccessPolicy> policies, Diagnostics diagnostics) {
    HumaansAccess access = HumaansAccessReader.builder(client).build().read();
    access
        .unreadableReason()
        .ifPresent(
            reason ->
                diagnostics.note(
                    "warning: Humaans access"
                        + " not judged ("
                        + reason
                        + "); the access checks cannot pass on it"));
    access.warnings().forEach(w -> diagnostics.note("warning: " + w));
    if (access.isReadable()) {
      PolicyNotes.levelsNamingNoRole(policies, access.roleNames())
          .forEach(
              level ->
                  diagnostics.note(
                      "warning: the policy allows "
                          + HumaansAccessReader.SYSTEM
                          + " level '"
                          + level
                          + "', but no Humaans role has that name (roles: "
                          + String.join(", ", access.roleNames())
                          + "); the level can match no role membership"));
    }
    return new HumaansAccessInput(access);
  }

  /**
   * Adds the Humaans accounts after those already in {@code input} (the {@code --accounts} file's),
   * their links to their people, and, when they could not be read, {@code humaans} among the
   * unreadable systems with the reason.
   */
  void addTo(CheckInput.Builder input) {
    if (access != null) {
      access.addTo(input);
    }
  }

  /**
   * Returns the warning for {@code --accounts} rows of system {@value HumaansAccessReader#SYSTEM}
   * while the role memberships are read from Humaans too: both are judged, and a row whose id is a
   * membership's shares that membership's link to its person (so an unknown user's row would pass
   * as that person's); empty when Humaans access is left out or the file has no such row.
   */
  Optional<String> fileRowsNote(List<Account> fileAccounts) {
    if (access == null) {
      return Optional.empty();
    }
    Set<String> memberships = new HashSet<>();
    access.accounts().forEach(a -> memberships.add(a.id()));
    List<String> rows = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    for (Account a : fileAccounts) {
      if (a.system().strip().equalsIgnoreCase(HumaansAccessReader.SYSTEM)) {
        rows.add(a.id());
        if (memberships.contains(a.id())) {
          shared.add(a.id());
        }
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "warning: --accounts has "
            + rows.size()
            + (rows.size() == 1 ? " row" : " rows")
            + " of system '"
            + HumaansAccessReader.SYSTEM
            + "', judged beside the role memberships read from Humaans"
            + (shared.isEmpty()
                ? ""
                : "; "
                    + shared.size()
                    + " of them ("
                    + String.join(", ", shared.subList(0, Math.min(5, shared.size())))
                    + (shared.size() > 5 ? ", ..." : "")
                    + (shared.size() == 1 ? ") shares" : ") share")
                    + " a membership's id and so its person")
            + " (leave them out of the file, or pass --no-humaans-access to judge only the file's)");
  }

  /**
   * Returns the report's line on Humaans access: how many role memberships were read; empty when
   * left out or unreadable (the report's unreadable-systems warning says why then).
   */
  Optional<String> summary() {
    if (access == null || !access.isReadable()) {
      return Optional.empty();
    }
    return Optional.of(
        "Humaans access: "
            + access.membershipsRead()
            + " role "
            + (access.membershipsRead() == 1 ? "membership" : "memberships")
            + " of "
            + access.rolesRead()
            + (access.rolesRead() == 1 ? " role" : " roles"));
  }
}
