package io.humaans.client.directory;

import static java.util.Objects.requireNonNull;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.client.HumaansClient;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.errors.HumaansException;
import io.humaans.client.model.Role;
import io.humaans.client.model.RoleMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Reads who holds which Humaans permission role ({@code /roles} and {@code /role-members}) into
 * accounts for the checks module, so the access checks can judge Humaans itself as a critical
 * system. The two listings are read at the same time, each with the client's auto-paging: {@code
 * ceil(roles / pageSize) + ceil(memberships / pageSize)} list requests.
 *
 * <pre>{@code
 * HumaansAccess access = HumaansAccessReader.builder(client).build().read();
 * access.unreadableReason().ifPresent(why -> System.err.println("Humaans access not judged: " + why));
 * // Accounts, links, and humaans as an unreadable system when it is: the checks then never PASS.
 * CheckInput input = access.addTo(CheckInput.builder().directory(directory)).build();
 * }</pre>
 *
 * <p>Each membership becomes one {@link Account}: system {@value #SYSTEM}, id the membership's id,
 * access level the role's name, state {@code active}; and, when it names a person, one {@link
 * AccountLink} to that person's id (the checks match by the link, not by email). A person with
 * several roles therefore has several accounts of the one Humaans login. A membership naming a role
 * that {@code /roles} did not list keeps the role id as its access level, with a warning.
 * Memberships of the automatic roles Users (everyone) and Managers (anyone with direct reports),
 * told by their names in any case, are not grants: they become no account, and one warning says how
 * many were left out.
 *
 * <p>Which token scope these undocumented endpoints need is unknown. A 403, 404 or 405 on either
 * listing gives {@link HumaansAccess#unreadable(String) an unreadable result} with the server's
 * answer as the reason, never an empty list, and so does an empty role list or a membership list
 * without one membership of a role other than the automatic ones (every company has the default
 * roles and an Owner: such a list is one the token cannot see); every other failure throws its
 * typed {@link HumaansException}. Thread-safe (each {@link #read()} is independent).
 */
public final class HumaansAccessReader {
  /** The system name of the accounts this reader returns: {@value}. */
  public static final String SYSTEM = "humaans";

  private static final String AUTOMATIC_USERS = "Users";
  private static final String AUTOMATIC_MANAGERS = "Managers";

  private final HumaansClient client;
  private final int parallelism;

  private HumaansAccessReader(Builder b) {
    this.client = b.client;
    this.parallelism = b.parallelism;
  }

  /**
   * Returns a builder reading through {@code client}.
   *
   * @param client the client to read with; not null
   * @return a builder with the defaults set
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(HumaansClient client) {
    return new Builder(client);
  }

  /**
   * Reads every role and every role membership, at the same time.
   *
   * @return the accounts and links, or an unreadable result when either listing answered 403, 404
   *     or 405, or listed no role, or no membership of a role other than the automatic ones
   * @throws HumaansException for any other failure (network, 401, 429 after retries, 5xx, a
   *     malformed body), of the listing that failed first in the order {@code /role-members},
   *     {@code /roles}
   */
  public HumaansAccess read() {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "humaans-access-roles");
              t.setDaemon(true);
              return t;
            });
    try {
      CompletableFuture<List<Role>> rolesFuture =
          CompletableFuture.supplyAsync(
              () -> client.roles().list().parallel(parallelism).toList(), executor);
      List<RoleMember> members = null;
      HumaansException membersFailure = null;
      try {
        members = client.roleMembers().list().parallel(parallelism).toList();
      } catch (HumaansException e) {
        membersFailure = e;
      }
      List<Role> roles = null;
      HumaansException rolesFailure = null;
      try {
        roles = rolesFuture.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof HumaansException h) {
          rolesFailure = h;
        } else if (e.getCause() instanceof RuntimeException r) {
          throw r;
        } else {
          throw e;
        }
      }
      if (membersFailure != null && !unreadable(membersFailure)) {
        throw membersFailure;
      }
      if (rolesFailure != null && !unreadable(rolesFailure)) {
        throw rolesFailure;
      }
      if (membersFailure != null || rolesFailure != null) {
        List<String> reasons = new ArrayList<>();
        if (rolesFailure != null) {
          reasons.add(rolesFailure.getMessage());
        }
        if (membersFailure != null) {
          reasons.add(membersFailure.getMessage());
        }
        return HumaansAccess.unreadable(
            "Humaans roles could not be read: " + String.join("; and ", reasons));
      }
      return toAccess(requireNonNull(roles), requireNonNull(members));
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Turns listed roles and memberships into accounts and links, as {@link #read()} does. When no
   * role is listed, or no membership is of a role other than the automatic ones, the result is
   * {@linkplain HumaansAccess#unreadable(String) unreadable}: every Humaans company has the default
   * roles and an Owner, so such a list is one the token cannot fully see (its creator may see only
   * their own memberships), not a company where nobody holds a role.
   *
   * @param roles every role listed by {@code /roles}
   * @param members every membership listed by {@code /role-members}, in order
   * @return the result; never null
   * @throws IllegalArgumentException if a membership id is listed twice (the checks tell accounts
   *     apart by id, so one person's grant would be judged as another's), or a role id twice with
   *     different names
   */
  public static HumaansAccess toAccess(List<Role> roles, List<RoleMember> members) {
    Map<String, Role> byId = new HashMap<>();
    for (Role role : roles) {
      Role first = byId.putIfAbsent(role.id(), role);
      if (first != null && !first.name().equals(role.name())) {
        throw new IllegalArgumentException(
            "role "
                + role.id()
                + " is listed twice, named "
                + quoted(first.name())
                + " and "
                + quoted(role.name()));
      }
    }
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Integer first = positions.putIfAbsent(members.get(i).id(), i);
      if (first != null) {
        throw new IllegalArgumentException(
            "role membership "
                + members.get(i).id()
                + " is listed twice (at "
                + first
                + " and "
                + i
                + "): memberships are told apart by id");
      }
    }
    if (roles.isEmpty()) {
      // Without the roles, the automatic Users (everyone) cannot be told from a grant.
      return HumaansAccess.unreadable(
          "Humaans roles could not be read: /roles listed no role"
              + (members.isEmpty()
                  ? ""
                  : " although /role-members listed "
                      + members.size()
                      + (members.size() == 1 ? " membership" : " memberships"))
              + ", yet every Humaans company has the roles Owners, Admins, Finance and Tech; the"
              + " token probably cannot see them (create it as an Owner or Admin)");
    }
    List<Account> accounts = new ArrayList<>(members.size());
    List<AccountLink> links = new ArrayList<>(members.size());
    List<String> warnings = new ArrayList<>();
    int automatic = 0;
    for (RoleMember m : members) {
      if (isAutomatic(byId.get(m.roleId().orElse("")))) {
        automatic++; // everyone, or everyone with reports: not a grant (checks spec)
        continue;
      }
      Account.Builder account =
          Account.builder().system(SYSTEM).id(m.id()).state(Account.STATE_ACTIVE);
      String level = levelOf(m, byId, warnings);
      if (level != null) {
        account.accessLevel(level);
      }
      accounts.add(account.build());
      if (m.personId().isPresent() && !m.personId().get().isBlank()) {
        links.add(
            AccountLink.builder()
                .system(SYSTEM)
                .accountId(m.id())
                .personId(m.personId().get())
                .build());
      } else {
        warnings.add(
            "Humaans role membership "
                + m.id()
                + " names no person: its account is"
                + " unidentified.");
      }
    }
    if (accounts.isEmpty()) {
      return HumaansAccess.unreadable(
          "Humaans roles could not be read: /role-members listed no membership of a role other"
              + " than the automatic Users and Managers ("
              + members.size()
              + (members.size() == 1 ? " membership of " : " memberships of ")
              + roles.size()
              + (roles.size() == 1 ? " role" : " roles")
              + "), yet every Humaans company has an Owner; the token probably cannot see who"
              + " holds which role (create it as an Owner or Admin)");
    }
    if (automatic > 0) {
      warnings.add(
          automatic
              + (automatic == 1 ? " membership" : " memberships")
              + " of the automatic roles Users and Managers "
              + (automatic == 1 ? "was" : "were")
              + " left out: they are not grants.");
    }
    List<String> roleNames = new ArrayList<>(roles.size());
    for (Role role : roles) {
      roleNames.add(role.name().filter(n -> !n.isBlank()).orElse(role.id()));
    }
    return HumaansAccess.read(accounts, links, roleNames, members.size(), warnings);
  }

  /**
   * Whether {@code role} is one of Humaans' automatic roles, Users (everyone) and Managers (anyone
   * with direct reports), told by name (stripped, any case): the API shows no other mark of them,
   * as far as we know, and whether it lists them at all is unverified.
   */
  private static boolean isAutomatic(@Nullable Role role) {
    String name = role == null ? null : role.name().map(String::strip).orElse(null);
    return name != null
        && (AUTOMATIC_USERS.equalsIgnoreCase(name) || AUTOMATIC_MANAGERS.equalsIgnoreCase(name));
  }

  private static @Nullable String levelOf(
      RoleMember m, Map<String, Role> roles, List<String> warnings) {
    String roleId = m.roleId().orElse(null);
    if (roleId == null || roleId.isBlank()) {
      warnings.add(
          "Humaans role membership "
              + m.id()
              + " names no role: its access level is"
              + " unknown.");
      return null;
    }
    Role role = roles.get(roleId);
    String name = role == null ? null : role.name().filter(n -> !n.isBlank()).orElse(null);
    if (name != null) {
      return name;
    }
    warnings.add(
        "Humaans role membership "
            + m.id()
            + " names role "
            + roleId
            + (role == null ? ", which /roles did not list" : ", which has no name")
            + ": the role id is used as its access level.");
    return roleId;
  }

  private static String quoted(Optional<String> name) {
    return name.map(n -> "'" + n + "'").orElse("no name");
  }

  private static boolean unreadable(HumaansException e) {
    if (!(e instanceof HumaansApiException api)) {
      return false;
    }
    int status = api.statusCode();
    return status == 403 || status == 404 || status == 405;
  }

  /** Configures a {@link HumaansAccessReader}. Defaults: parallelism 4. Not thread-safe. */
  public static final class Builder {
    private final HumaansClient client;
    private int parallelism = 4;

    Builder(HumaansClient client) {
      this.client = requireNonNull(client, "client == null");
    }

    /**
     * Sets how many pages of each listing are requested at once after the first (default 4; 1 is
     * serial).
     *
     * @param parallelism 1 to 64
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be between 1 and 64: " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Returns the reader.
     *
     * @return a reader with this builder's settings
     */
    public HumaansAccessReader build() {
      return new HumaansAccessReader(this);
    }
  }
}
