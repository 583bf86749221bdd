package io.humaans.checks;

import io.humaans.checks.model.Account;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An account with its holder and state facts, computed once per {@link CheckContext}.
 *
 * <p>The holder is the person an {@link io.humaans.checks.model.AccountLink} names, else the person
 * whose {@linkplain Definitions#normalizedEmail normalized} work email equals the account's. When
 * several people share that email, the holder is the first who has not left, by subject id, else
 * the first by subject id; {@code unique-identity} reports the clash. Instances are immutable and
 * thread-safe; a fact that may be missing is an {@code Optional}.
 */
public final class AccountFacts {
  /** {@link #matchedBy()} when an explicit link names the holder. */
  public static final String MATCHED_BY_LINK = "link";

  /** {@link #matchedBy()} when the email names the holder. */
  public static final String MATCHED_BY_EMAIL = "email";

  private static final Optional<String> BY_LINK = Optional.of(MATCHED_BY_LINK);
  private static final Optional<String> BY_EMAIL = Optional.of(MATCHED_BY_EMAIL);
  private static final Optional<String> UNMATCHED = Optional.empty();

  private final Account account;
  private final String subjectId;
  private final String system;
  // Stored as null when missing and wrapped per read (see PersonFacts).
  private final @Nullable PersonFacts holder;
  private final Optional<String> matchedBy; // one of three shared instances
  private final @Nullable String linkedPersonId;
  private final int emailMatches;
  private final boolean suspended;
  private final boolean deleted;
  private final boolean active;

  AccountFacts(
      Account account,
      String subjectId,
      String system,
      @Nullable PersonFacts holder,
      @Nullable String matchedBy,
      @Nullable String linkedPersonId,
      int emailMatches) {
    this.account = account;
    this.subjectId = subjectId;
    this.system = system;
    this.holder = holder;
    this.matchedBy =
        matchedBy == null ? UNMATCHED : matchedBy.equals(MATCHED_BY_LINK) ? BY_LINK : BY_EMAIL;
    this.linkedPersonId = linkedPersonId;
    this.emailMatches = emailMatches;
    this.suspended = Definitions.isSuspended(account);
    this.deleted = Definitions.isDeleted(account);
    this.active = Definitions.isActive(account);
  }

  /** {@return the account as given} */
  public Account account() {
    return account;
  }

  /** {@return the id results use: the account id, suffixed {@code #2, #3, ...} for repeated ids} */
  public String subjectId() {
    return subjectId;
  }

  /** {@return the system name stripped and lower-cased (empty when blank)} */
  public String system() {
    return system;
  }

  /** {@return the matched person; empty when no one matches} */
  public Optional<PersonFacts> holder() {
    return Optional.ofNullable(holder);
  }

  @Nullable PersonFacts holderOrNull() {
    return holder;
  }

  /** {@return {@link #MATCHED_BY_LINK} or {@link #MATCHED_BY_EMAIL}; empty when unmatched} */
  public Optional<String> matchedBy() {
    return matchedBy;
  }

  /**
   * {@return the person id an explicit link gives, even when it names no known person; else empty}
   */
  public Optional<String> linkedPersonId() {
    return Optional.ofNullable(linkedPersonId);
  }

  /**
   * {@return how many person records have the account's normalized email (0 when none or blank)}
   */
  public int emailMatches() {
    return emailMatches;
  }

  /** {@return whether the state is {@code suspended} (see {@link Definitions#isSuspended})} */
  public boolean suspended() {
    return suspended;
  }

  /** {@return whether the state is {@code deleted} (see {@link Definitions#isDeleted})} */
  public boolean deleted() {
    return deleted;
  }

  /**
   * {@return whether the state is {@code active} (see {@link Definitions#isActive}): the accounts
   * {@code access-valid} and {@code one-account-per-person} judge}
   */
  public boolean active() {
    return active;
  }

  /**
   * {@return whether access is live: neither suspended nor deleted (unknown states count as live)}
   */
  public boolean live() {
    return !suspended && !deleted;
  }

  /** Shows the subject id, system and holder. */
  @Override
  public String toString() {
    return "AccountFacts{subjectId="
        + subjectId
        + ", system="
        + system
        + ", holder="
        + (holder == null ? null : holder.subjectId())
        + "}";
  }
}
