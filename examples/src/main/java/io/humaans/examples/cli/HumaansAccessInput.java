package io.humaans.examples.cli;

import io.humaans.checks.CheckInput;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.HumaansAccess;
import io.humaans.client.directory.HumaansAccessReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Humaans' own access for one run of {@code report} or {@code access}: who holds which Humaans
 * role, read with {@link HumaansAccessReader} as accounts of system {@value
 * HumaansAccessReader#SYSTEM} (unless {@code --no-humaans-access}), joined to the accounts of the
 * {@code --accounts} file. When the roles cannot be read (403, 404 or 405), the run says so on
 * standard error and the check input names {@code humaans} among its {@linkplain
 * CheckInput#unreadableSystems() unreadable systems}, so the access checks never pass on an unread
 * list and the report's inputs record why. Immutable.
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
   * the server's reason) and each row that was read but not fully understood.
   *
   * @throws io.humaans.client.errors.HumaansException for failures other than 403, 404 and 405
   */
  static HumaansAccessInput read(HumaansClient client, Diagnostics diagnostics) {
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
    return new HumaansAccessInput(access);
  }

  /** Returns the accounts of the file followed by one account per Humaans role membership. */
  List<Account> accounts(List<Account> fileAccounts) {
    if (access == null) {
      return fileAccounts;
    }
    List<Account> all = new ArrayList<>(fileAccounts);
    all.addAll(access.accounts());
    return all;
  }

  /** Returns the links of the Humaans accounts to their people (none when not read). */
  List<AccountLink> links() {
    return access == null ? List.of() : access.accountLinks();
  }

  /**
   * Returns why Humaans' accounts could not be read, for the report's inputs; empty when they were
   * read or left out.
   */
  Optional<String> unreadReason() {
    return access == null ? Optional.empty() : access.unreadableReason();
  }

  /**
   * Adds the Humaans accounts' links to {@code input}, and the reason when they could not be read
   * (the accounts themselves go in with {@link #accounts}).
   */
  void addTo(CheckInput.Builder input) {
    input.addAllAccountLinks(links());
    unreadReason().ifPresent(r -> input.putUnreadableSystems(HumaansAccessReader.SYSTEM, r));
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
