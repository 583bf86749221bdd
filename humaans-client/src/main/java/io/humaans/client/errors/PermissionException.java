package io.humaans.client.errors;

import io.humaans.client.Scope;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The token may not make this call (403). Either the token lacks the scope the endpoint needs, or
 * the person who created the token has no permission for it (a token never sees more than its
 * creator's role).
 *
 * <p>When the endpoint is in the client's scope table, {@link #requiredScope()} names the scope and
 * the message says what it unlocks, e.g. {@code 403 Forbidden on GET /compensations: this call
 * needs the token scope 'compensations:read' (read compensation data: salaries, amounts,
 * currencies). The token lacks it, or the person who created the token has no permission for it.
 * Server said: ...}.
 *
 * <p>Immutable and thread-safe.
 */
public class PermissionException extends HumaansApiException {

  private static final long serialVersionUID = 1L;

  /** The scope the request needed, when known. */
  private final @Nullable Scope requiredScope;

  /**
   * Creates the exception.
   *
   * @param details the response (status 403); never null
   * @param requiredScope the scope the endpoint needs, or null if it is not known
   */
  public PermissionException(Details details, @Nullable Scope requiredScope) {
    this(details, requiredScope, null);
  }

  /**
   * Creates the exception for an endpoint whose scope may be unknown but guessed at.
   *
   * @param details the response (status 403); never null
   * @param requiredScope the scope the endpoint needs, or null if it is not known
   * @param unknownScopeHint used only when {@code requiredScope} is null: a sentence saying which
   *     scope or permission is likely missing, e.g. for the undocumented {@code /roles}; null for
   *     the generic explanation
   */
  public PermissionException(
      Details details, @Nullable Scope requiredScope, @Nullable String unknownScopeHint) {
    super(details, message(details, requiredScope, unknownScopeHint));
    this.requiredScope = requiredScope;
  }

  /** {@return the scope the endpoint needs, if the client's scope table knows the endpoint} */
  public Optional<Scope> requiredScope() {
    return Optional.ofNullable(requiredScope);
  }

  /**
   * Returns what the {@linkplain #requiredScope() required scope} grants, e.g. {@code read
   * compensation data: salaries, amounts, currencies}; "" when the scope is not known.
   *
   * @return what the required scope grants, or ""
   */
  public String unlocks() {
    return requiredScope == null ? "" : requiredScope.unlocks();
  }

  private static String message(Details details, @Nullable Scope scope, @Nullable String hint) {
    String cause =
        scope == null && hint != null
            ? hint
                + " The token lacks it, or the person who created the token has no permission"
                + " for it."
            : scope == null
                ? "the token lacks the scope this call needs, or the person who created the token"
                    + " has no permission for it."
                : "this call needs the token scope '"
                    + scope.value()
                    + "' ("
                    + scope.unlocks()
                    + "). The token lacks it, or the person who created the token has no permission"
                    + " for it.";
    return statusLine(details)
        + ": "
        + cause
        + " Server said: "
        + serverText(details)
        + issuesText(details)
        + tags(details, List.of());
  }
}
