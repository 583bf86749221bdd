package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void ofReturnsConstantForKnownValue() {
    assertThat(Scope.of("compensations:read")).isSameAs(Scope.COMPENSATIONS_READ);
    assertThat(Scope.of("public:read")).isSameAs(Scope.PUBLIC_READ);
    assertThat(Scope.of("webhooks:manage")).isSameAs(Scope.WEBHOOKS_MANAGE);
  }

  @Test
  void constantsCarryDocumentedStrings() {
    assertThat(
            new Scope[] {
              Scope.PUBLIC_READ, Scope.PRIVATE_READ, Scope.PRIVATE_WRITE,
              Scope.COMPENSATIONS_READ, Scope.COMPENSATIONS_WRITE, Scope.DOCUMENTS_READ,
              Scope.DOCUMENTS_WRITE, Scope.WEBHOOKS_MANAGE
            })
        .extracting(Scope::value)
        .containsExactly(
            "public:read",
            "private:read",
            "private:write",
            "compensations:read",
            "compensations:write",
            "documents:read",
            "documents:write",
            "webhooks:manage");
  }

  @Test
  void unknownValueIsKeptAndEqualByValue() {
    Scope scope = Scope.of("payroll:read");

    assertThat(scope.value()).isEqualTo("payroll:read");
    assertThat(scope.toString()).isEqualTo("payroll:read");
    assertThat(scope.isKnown()).isFalse();
    assertThat(scope.unlocks())
        .isEqualTo("a scope this SDK does not know; see the Humaans API documentation");
    assertThat(scope)
        .isEqualTo(Scope.of("payroll:read"))
        .hasSameHashCodeAs(Scope.of("payroll:read"));
    assertThat(scope).isNotEqualTo(Scope.PRIVATE_READ);
  }

  @Test
  void knownScopesDescribeWhatTheyUnlock() {
    assertThat(Scope.PRIVATE_READ.isKnown()).isTrue();
    assertThat(Scope.COMPENSATIONS_READ.unlocks())
        .isEqualTo("read compensation data: salaries, amounts, currencies");
    assertThat(Scope.PRIVATE_READ.unlocks())
        .contains("pre-hires and leavers", "bank details", "emergency contacts");
    assertThat(Scope.PUBLIC_READ.unlocks()).contains("pre-hires and leavers are not returned");
  }

  @Test
  void ofRejectsNullAndBlank() {
    assertThatThrownBy(() -> Scope.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
    assertThatThrownBy(() -> Scope.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scope value is blank");
  }
}
