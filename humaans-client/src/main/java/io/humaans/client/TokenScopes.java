package io.humaans.client;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the client knows of its token's scopes, read before a job runs with {@link
 * HumaansClient#tokenScopes()}: either the scope list from {@code GET /token-info}, or "unknown"
 * with the reason. {@link #warnings()} spells out what the token cannot see, most importantly that
 * without {@code private:read} the API returns neither pre-hires nor leavers, and that a token
 * never sees more than the person who created it may see. {@link
 * #partialDirectoryWarning(Collection, OptionalInt)} tells when a directory read back looks cut
 * down to that person. Immutable.
 */
public final class TokenScopes {
  private final Optional<Set<Scope>> scopes;
  private final String source;
  private final @Nullable String personId;

  /**
   * The warning that a token sees at most what its creator may see: always the last of {@link
   * #warnings()}, so a caller can tell "nothing else is missing" by comparing with it.
   */
  public static final String CREATOR_LIMIT =
      "A token sees its scopes intersected with what the person who"
          + " created it may see: a private:read token made by someone with plain user permissions"
          + " sees only that person's own record. Create the token as an Owner or Admin (or a role"
          + " allowed to see everyone) for a complete directory.";

  private TokenScopes(Optional<Set<Scope>> scopes, String source, @Nullable String personId) {
    this.scopes = scopes;
    this.source = source;
    this.personId = personId;
  }

  /**
   * Returns the scopes as reported by the API, with no known token owner.
   *
   * @param scopes the token's scopes; copied
   * @return the known scopes
   */
  public static TokenScopes known(Set<Scope> scopes) {
    return new TokenScopes(
        Optional.of(Collections.unmodifiableSet(new LinkedHashSet<>(scopes))), "token-info", null);
  }

  /**
   * Returns the scopes as reported by the API, with the id of the person the token belongs to
   * ({@code personId} of {@code GET /token-info}).
   *
   * @param scopes the token's scopes; copied
   * @param personId the id of the token's person; not blank
   * @return the known scopes
   * @throws IllegalArgumentException if {@code personId} is blank
   */
  public static TokenScopes known(Set<Scope> scopes, String personId) {
    requireNonNull(personId, "personId == null");
    if (personId.isBlank()) {
      throw new IllegalArgumentException("personId is blank");
    }
    return new TokenScopes(
        Optional.of(Collections.unmodifiableSet(new LinkedHashSet<>(scopes))),
        "token-info",
        personId);
  }

  /**
   * {@return "unknown", with why (e.g. the API has no token-info endpoint)}
   *
   * @param why the why
   */
  public static TokenScopes unknown(String why) {
    return new TokenScopes(Optional.empty(), why, null);
  }

  /**
   * Returns the id of the person the token belongs to, when {@code GET /token-info} said.
   *
   * @return the person id, or empty when unknown
   */
  public Optional<String> personId() {
    return Optional.ofNullable(personId);
  }

  /** {@return whether the scope list is known} */
  public boolean isKnown() {
    return scopes.isPresent();
  }

  /** {@return the scopes, when known} */
  public Optional<Set<Scope>> scopes() {
    return scopes;
  }

  /**
   * {@return whether the token has {@code scope}: empty when the scopes are unknown}
   *
   * @param scope the scope
   */
  public Optional<Boolean> has(Scope scope) {
    return scopes.map(s -> s.contains(scope));
  }

  /** {@return where the answer came from ({@code token-info}) or why the scopes are unknown} */
  public String source() {
    return source;
  }

  /** {@return the scope strings as a set, when known, for APIs that take plain strings} */
  public Optional<Set<String>> scopeNames() {
    return scopes.map(
        s -> {
          Set<String> names = new LinkedHashSet<>();
          s.forEach(scope -> names.add(scope.value()));
          return Collections.unmodifiableSet(names);
        });
  }

  /**
   * Returns human-readable warnings about what this token cannot see: the missing scopes (or that
   * the scopes are unknown), and last, always, that a token sees no more than the person who
   * created it may see (a {@code private:read} token made by someone with plain user permissions
   * sees only that person).
   *
   * @return the warnings, never empty
   */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    if (scopes.isEmpty()) {
      out.add(
          "The token's scopes are unknown ("
              + source
              + "). If it lacks private:read, the API "
              + "returns no pre-hires and no offboarded people, so leaver and joining-date checks see "
              + "only part of the company.");
      out.add(CREATOR_LIMIT);
      return out;
    }
    Set<Scope> s = scopes.get();
    if (!s.contains(Scope.PRIVATE_READ)) {
      out.add(
          "The token lacks private:read: the API returns no pre-hires and no offboarded people "
              + "(nor bank accounts, emergency contacts or private profile fields), so leaver and "
              + "joining-date checks cannot be complete.");
    }
    if (!s.contains(Scope.COMPENSATIONS_READ)) {
      out.add(
          "The token lacks compensations:read: compensations and compensation types are not readable.");
    }
    if (!s.contains(Scope.DOCUMENTS_READ)) {
      out.add("The token lacks documents:read: documents and identity documents are not readable.");
    }
    out.add(CREATOR_LIMIT);
    return out;
  }

  /**
   * Returns a warning when a directory read back holds only the token's own person while the
   * company is larger or of unknown size: the token then probably sees only what its creator may
   * see, and the directory is partial. The token's person is {@link #personId()} when known; when
   * it is not, a directory of exactly one person is suspect all the same.
   *
   * @param personIdsRead the ids of the people the directory holds (duplicates count once)
   * @param companySize how many people the company has, when the caller knows from elsewhere (e.g.
   *     a licence count); empty when unknown
   * @return the warning, or empty when the directory does not look cut down to one person
   * @throws NullPointerException if an argument is null
   */
  public Optional<String> partialDirectoryWarning(
      Collection<String> personIdsRead, OptionalInt companySize) {
    requireNonNull(personIdsRead, "personIdsRead == null");
    requireNonNull(companySize, "companySize == null");
    Set<String> ids = new LinkedHashSet<>(personIdsRead);
    if (ids.size() != 1) {
      return Optional.empty();
    }
    String only = ids.iterator().next();
    if (personId != null && !personId.equals(only)) {
      return Optional.empty();
    }
    if (companySize.isPresent() && companySize.getAsInt() <= 1) {
      return Optional.empty();
    }
    String who =
        personId != null
            ? "only the token's own person (" + only + ")"
            : "only one person ("
                + only
                + "), possibly the token's own (GET /token-info named no person)";
    String size =
        companySize.isPresent()
            ? "while the company has " + companySize.getAsInt() + " people"
            : "while the company's size is unknown";
    return Optional.of(
        "The directory read back holds "
            + who
            + ", "
            + size
            + ": the directory is"
            + " probably partial, because a token sees no more than the person who created it may see"
            + " (a private:read token made by someone with plain user permissions sees only that"
            + " person). Use a token created by an Owner or Admin.");
  }

  @Override
  public String toString() {
    return scopes.map(s -> "TokenScopes" + s).orElse("TokenScopes{unknown: " + source + "}");
  }
}
