package io.humaans.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the client knows of its token's scopes, read before a job runs with
 * {@link HumaansClient#tokenScopes()}: either the scope list from {@code GET /token-info}, or
 * "unknown" with the reason. {@link #warnings()} spells out what the token cannot see, most
 * importantly that without {@code private:read} the API returns neither pre-hires nor leavers.
 * Immutable.
 */
public final class TokenScopes {
  private final Optional<Set<Scope>> scopes;
  private final String source;

  private TokenScopes(Optional<Set<Scope>> scopes, String source) {
    this.scopes = scopes;
    this.source = source;
  }

  /**
   * {@return the scopes as reported by the API}
   *
   * @param scopes the scopes
   */
  public static TokenScopes known(Set<Scope> scopes) {
    return new TokenScopes(Optional.of(Collections.unmodifiableSet(new LinkedHashSet<>(scopes))), "token-info");
  }

  /**
   * {@return "unknown", with why (e.g. the API has no token-info endpoint)}
   *
   * @param why the why
   */
  public static TokenScopes unknown(String why) {
    return new TokenScopes(Optional.empty(), why);
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
    return scopes.map(s -> {
      Set<String> names = new LinkedHashSet<>();
      s.forEach(scope -> names.add(scope.value()));
      return Collections.unmodifiableSet(names);
    });
  }

  /** {@return human-readable warnings about what this token cannot see; empty when it can see everything} */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    if (scopes.isEmpty()) {
      out.add("The token's scopes are unknown (" + source + "). If it lacks private:read, the API "
          + "returns no pre-hires and no offboarded people, so leaver and joining-date checks see "
          + "only part of the company.");
      return out;
    }
    Set<Scope> s = scopes.get();
    if (!s.contains(Scope.PRIVATE_READ)) {
      out.add("The token lacks private:read: the API returns no pre-hires and no offboarded people "
          + "(nor bank accounts, emergency contacts or private profile fields), so leaver and "
          + "joining-date checks cannot be complete.");
    }
    if (!s.contains(Scope.COMPENSATIONS_READ)) {
      out.add("The token lacks compensations:read: compensations and compensation types are not readable.");
    }
    if (!s.contains(Scope.DOCUMENTS_READ)) {
      out.add("The token lacks documents:read: documents and identity documents are not readable.");
    }
    return out;
  }

  @Override
  public String toString() {
    return scopes.map(s -> "TokenScopes" + s).orElse("TokenScopes{unknown: " + source + "}");
  }
}
