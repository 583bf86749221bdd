package io.humaans.checks;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Everything the checks judge: the directory plus, optionally, accounts, seats, activity events,
 * access policies, waivers, explicit account-to-person links and the systems whose accounts could
 * not be read.
 *
 * <p>Only {@code directory} is required; the lists and the map default to empty and their order
 * never changes a report. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckInput {
  CheckInput() {}

  /** {@return a new builder; {@code directory} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the people directory} */
  public abstract Directory directory();

  /** {@return accounts of critical systems, any number of systems mixed} */
  public abstract List<Account> accounts();

  /** {@return licence seats, any number of products mixed} */
  public abstract List<Seat> seats();

  /** {@return product activity events for {@code activity-trend}} */
  public abstract List<ActivityEvent> events();

  /** {@return access policies, at most a few per system} */
  public abstract List<AccessPolicy> policies();

  /** {@return accepted exceptions} */
  public abstract List<Waiver> waivers();

  /** {@return explicit account owners; a link wins over email matching} */
  public abstract List<AccountLink> accountLinks();

  /**
   * {@return the critical systems whose accounts could not be read, each with why (for example
   * {@code "humaans" -> "the token cannot read /role-members (403)"})} While any is listed, the
   * checks that {@linkplain CheckInfo#judgesAccounts() judge accounts} never PASS: their outcome is
   * {@code INCOMPLETE} unless a result fails. The report lists them in its inputs. Add with {@code
   * putUnreadableSystems(system, reason)}.
   */
  public abstract Map<String, String> unreadableSystems();

  /** Builds {@link CheckInput} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckInput.Builder {
    Builder() {}
  }
}
