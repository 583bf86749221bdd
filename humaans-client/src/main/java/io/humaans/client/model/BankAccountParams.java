package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a bank account create ({@code POST /bank-accounts}) or update ({@code PATCH
 * /bank-accounts/{id}}); needs {@code private:write}.
 *
 * <p>Every property is optional and only the ones set on the builder are serialised, so an
 * update (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of
 * day as {@code HH:MM:SS} and money as a decimal string. Instances are immutable and
 * thread-safe.
 */
@HumaansModel
@Value.Immutable
public interface BankAccountParams {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the id of the person. */
  Optional<String> personId();

  /** Returns the bank name. */
  Optional<String> bankName();

  /** Returns the account holder name. */
  Optional<String> nameOnAccount();

  /** Returns the account number or IBAN. */
  Optional<String> accountNumber();

  /** Returns the SWIFT/BIC code. */
  Optional<String> swiftCode();

  /** Returns the UK sort code. */
  Optional<String> sortCode();

  /** Returns the US routing number. */
  Optional<String> routingNumber();

  /**
   * Returns additional fields to send as they are, for API fields this SDK does not model yet.
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that
   * collides with a modelled property is ignored. Empty by default; excluded from
   * {@code equals}, {@code hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link BankAccountParams} values; obtain one from {@link BankAccountParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value
   * setters of optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableBankAccountParams.Builder {
    Builder() {}
  }
}
