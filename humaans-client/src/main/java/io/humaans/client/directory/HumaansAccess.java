package io.humaans.client.directory;

import static java.util.Objects.requireNonNull;

import io.humaans.checks.CheckInput;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who holds which Humaans permission role, as read by {@link HumaansAccessReader}: either the
 * accounts and account links for the checks module (one account per role membership), or, when the
 * token could not read roles at all or was shown no membership that grants anything, no accounts
 * and the {@linkplain #unreadableReason() reason}. An unread list is never presented as an empty
 * one: add the result to the checks' input with {@link #addTo(CheckInput.Builder)}, which records
 * an unread list as such, or check {@link #isReadable()} (or {@link #unreadableReason()}) before
 * judging {@link #accounts()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HumaansAccess {
  private final List<Account> accounts;
  private final List<AccountLink> accountLinks;
  private final List<String> roleNames;
  private final int membershipsRead;
  private final @Nullable String unreadableReason;
  private final List<String> warnings;

  private HumaansAccess(
      List<Account> accounts,
      List<AccountLink> accountLinks,
      List<String> roleNames,
      int membershipsRead,
      @Nullable String unreadableReason,
      List<String> warnings) {
    this.accounts = List.copyOf(accounts);
    this.accountLinks = List.copyOf(accountLinks);
    this.roleNames = List.copyOf(roleNames);
    this.membershipsRead = membershipsRead;
    this.unreadableReason = unreadableReason;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns a result for role memberships that were read.
   *
   * @param accounts one account per membership, in the order the memberships were listed
   * @param accountLinks one link per membership that names a person
   * @param roleNames one per role {@code /roles} listed, in order: its name, or its id when it has
   *     none (the access level its memberships get)
   * @param membershipsRead how many memberships {@code /role-members} listed
   * @param warnings what the caller should be told (unknown roles, memberships without a person)
   * @return the result; never null
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if {@code membershipsRead} is negative
   */
  public static HumaansAccess read(
      List<Account> accounts,
      List<AccountLink> accountLinks,
      List<String> roleNames,
      int membershipsRead,
      List<String> warnings) {
    if (membershipsRead < 0) {
      throw new IllegalArgumentException(
          "membershipsRead must not be negative: " + membershipsRead);
    }
    return new HumaansAccess(
        requireNonNull(accounts, "accounts == null"),
        requireNonNull(accountLinks, "accountLinks == null"),
        requireNonNull(roleNames, "roleNames == null"),
        membershipsRead,
        null,
        requireNonNull(warnings, "warnings == null"));
  }

  /**
   * Returns a result saying the roles could not be read, and why.
   *
   * @param reason why, e.g. the 403 message of {@code GET /roles}; not blank
   * @return the result, with no accounts; never null
   * @throws NullPointerException if {@code reason} is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public static HumaansAccess unreadable(String reason) {
    requireNonNull(reason, "reason == null");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason is blank");
    }
    return new HumaansAccess(List.of(), List.of(), List.of(), 0, reason, List.of());
  }

  /** {@return whether the role memberships were read, i.e. {@link #unreadableReason()} is empty} */
  public boolean isReadable() {
    return unreadableReason == null;
  }

  /**
   * Returns one account per role membership: system {@value HumaansAccessReader#SYSTEM}, id the
   * membership's id, access level the role's name, state {@code active}. Empty when the memberships
   * could not be read; see {@link #isReadable()}.
   *
   * @return the accounts, unmodifiable
   */
  public List<Account> accounts() {
    return accounts;
  }

  /**
   * Returns the explicit links from each account to the person holding the role, for {@code
   * CheckInput.accountLinks}. A membership naming no person has no link.
   *
   * @return the links, unmodifiable
   */
  public List<AccountLink> accountLinks() {
    return accountLinks;
  }

  /**
   * Adds this result to a check input: the {@linkplain #accounts() accounts} after those already
   * added, their {@linkplain #accountLinks() links}, and, when the memberships could not be read,
   * system {@value HumaansAccessReader#SYSTEM} with the {@linkplain #unreadableReason() reason}
   * among the {@linkplain CheckInput#unreadableSystems() unreadable systems}, so that the checks
   * judging accounts are {@code INCOMPLETE} rather than {@code PASS} on the other systems'
   * accounts. Adding only {@link #accounts()} loses that: an unread list is then an empty one.
   *
   * @param input the builder to add to; not null
   * @return {@code input}
   * @throws NullPointerException if {@code input} is null
   */
  public CheckInput.Builder addTo(CheckInput.Builder input) {
    requireNonNull(input, "input == null");
    input.addAllAccounts(accounts).addAllAccountLinks(accountLinks);
    if (unreadableReason != null) {
      input.putUnreadableSystems(HumaansAccessReader.SYSTEM, unreadableReason);
    }
    return input;
  }

  /** {@return how many roles {@code /roles} listed; 0 when unreadable} */
  public int rolesRead() {
    return roleNames.size();
  }

  /**
   * Returns the roles {@code /roles} listed, in order, each by the access level its memberships
   * get: its name as given, or its id when it has none. A policy level of system {@value
   * HumaansAccessReader#SYSTEM} that matches none of them (case-insensitively) can match no
   * membership. Empty when unreadable.
   *
   * @return the names, unmodifiable
   */
  public List<String> roleNames() {
    return roleNames;
  }

  /** {@return how many role memberships {@code /role-members} listed; 0 when unreadable} */
  public int membershipsRead() {
    return membershipsRead;
  }

  /** {@return why the role memberships could not be read; empty when they were read} */
  public Optional<String> unreadableReason() {
    return Optional.ofNullable(unreadableReason);
  }

  /**
   * Returns what the caller should be told about rows that were read but not fully understood (a
   * membership naming an unknown role, or no person).
   *
   * @return the warnings, unmodifiable
   */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return unreadableReason == null
        ? "HumaansAccess{"
            + membershipsRead
            + " memberships of "
            + roleNames.size()
            + " roles, "
            + warnings.size()
            + " warnings}"
        : "HumaansAccess{unreadable: " + unreadableReason + "}";
  }
}
