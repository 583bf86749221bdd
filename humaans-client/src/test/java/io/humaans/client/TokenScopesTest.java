package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token-creator limit in warnings() and the partial-directory warning. */
class TokenScopesTest {
  private static final Set<Scope> ALL =
      Set.of(Scope.PUBLIC_READ, Scope.PRIVATE_READ, Scope.COMPENSATIONS_READ, Scope.DOCUMENTS_READ);

  @Test
  void warningsAlwaysEndWithTheCreatorLimit() {
    assertThat(TokenScopes.known(ALL).warnings())
        .containsExactly(
            "A token sees its scopes intersected with what the person who created it may see: a"
                + " private:read token made by someone with plain user permissions sees only that"
                + " person's own record. Create the token as an Owner or Admin (or a role allowed to"
                + " see everyone) for a complete directory.");
    assertThat(TokenScopes.unknown("GET /token-info answered 404").warnings())
        .hasSize(2)
        .last()
        .isEqualTo(TokenScopes.CREATOR_LIMIT);
    assertThat(TokenScopes.known(Set.of(Scope.PUBLIC_READ)).warnings())
        .hasSize(4)
        .last()
        .isEqualTo(TokenScopes.CREATOR_LIMIT);
  }

  @Test
  void directoryOfOnlyTheTokensOwnPersonIsProbablyPartial() {
    TokenScopes scopes = TokenScopes.known(ALL, "P7");

    assertThat(scopes.personId()).contains("P7");
    assertThat(scopes.partialDirectoryWarning(List.of("P7"), OptionalInt.empty()))
        .contains(
            "The directory read back holds only the token's own person (P7), while the company's size"
                + " is unknown: the directory is probably partial, because a token sees no more than"
                + " the person who created it may see (a private:read token made by someone with plain"
                + " user permissions sees only that person). Use a token created by an Owner or Admin.");
    assertThat(scopes.partialDirectoryWarning(List.of("P7", "P7"), OptionalInt.of(40)))
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .startsWith(
                        "The directory read back holds only the"
                            + " token's own person (P7), while the company has 40 people: "));
  }

  @Test
  void oneUnknownOwnerPersonIsSuspectToo() {
    assertThat(
            TokenScopes.unknown("GET /token-info answered 404")
                .partialDirectoryWarning(List.of("P7"), OptionalInt.empty()))
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .startsWith(
                        "The directory read back holds only one"
                            + " person (P7), possibly the token's own (GET /token-info named no person), while the"
                            + " company's size is unknown: "));
  }

  @Test
  void noWarningWhenTheDirectoryIsNotCutDownToTheTokensPerson() {
    TokenScopes scopes = TokenScopes.known(ALL, "P7");
    assertThat(scopes.partialDirectoryWarning(List.of("P7", "P8"), OptionalInt.empty())).isEmpty();
    assertThat(scopes.partialDirectoryWarning(List.of("P8"), OptionalInt.empty())).isEmpty();
    assertThat(scopes.partialDirectoryWarning(List.of("P7"), OptionalInt.of(1))).isEmpty();
    assertThat(scopes.partialDirectoryWarning(List.of(), OptionalInt.empty())).isEmpty();
  }

  @Test
  void blankPersonIdIsRejected() {
    assertThatThrownBy(() -> TokenScopes.known(ALL, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personId is blank");
  }
}
