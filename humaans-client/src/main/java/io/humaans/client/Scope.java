package io.humaans.client;

import java.util.Map;
import java.util.Objects;

/**
 * A Humaans API token scope, such as {@code compensations:read}.
 *
 * <p>This is an open value type: the constants cover the scopes Humaans documents, and {@link
 * #of(String)} also accepts any other string (kept as given) so that a scope added by the server
 * later still reads. Two scopes are equal when their {@link #value()} strings are equal.
 *
 * <p>A token's effective access is its scopes intersected with the permissions of the person who
 * created the token: a scope alone is not always enough.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Scope {

  /** Reads data every employee of the company can see. */
  public static final Scope PUBLIC_READ =
      new Scope(
          "public:read",
          "read data every employee can see: the people directory, job roles, time away,"
              + " locations, public holidays; pre-hires and leavers are not returned");

  /** Reads everything except compensations and documents. */
  public static final Scope PRIVATE_READ =
      new Scope(
          "private:read",
          "read everything except compensations and documents: full profiles, pre-hires and"
              + " leavers, bank details, emergency contacts, time-away notes");

  /** Modifies everything except compensations and documents. */
  public static final Scope PRIVATE_WRITE =
      new Scope(
          "private:write",
          "create, change and delete everything except compensations and documents: people,"
              + " job roles, time away, timesheets, bank details, emergency contacts");

  /** Reads compensation data. */
  public static final Scope COMPENSATIONS_READ =
      new Scope("compensations:read", "read compensation data: salaries, amounts, currencies");

  /** Modifies compensation data. */
  public static final Scope COMPENSATIONS_WRITE =
      new Scope(
          "compensations:write",
          "create, change and delete compensation data: salaries, amounts, currencies,"
              + " compensation types");

  /** Reads personal documents and identity documents. */
  public static final Scope DOCUMENTS_READ =
      new Scope("documents:read", "read personal documents and identity documents");

  /** Modifies personal documents and identity documents. */
  public static final Scope DOCUMENTS_WRITE =
      new Scope(
          "documents:write", "create, change and delete personal documents and identity documents");

  /** Reads and modifies webhooks. */
  public static final Scope WEBHOOKS_MANAGE =
      new Scope("webhooks:manage", "read and modify webhooks and their delivery events");

  private static final Map<String, Scope> KNOWN =
      Map.of(
          PUBLIC_READ.value, PUBLIC_READ,
          PRIVATE_READ.value, PRIVATE_READ,
          PRIVATE_WRITE.value, PRIVATE_WRITE,
          COMPENSATIONS_READ.value, COMPENSATIONS_READ,
          COMPENSATIONS_WRITE.value, COMPENSATIONS_WRITE,
          DOCUMENTS_READ.value, DOCUMENTS_READ,
          DOCUMENTS_WRITE.value, DOCUMENTS_WRITE,
          WEBHOOKS_MANAGE.value, WEBHOOKS_MANAGE);

  private static final String UNKNOWN_UNLOCKS =
      "a scope this SDK does not know; see the Humaans API documentation";

  private final String value;
  private final String unlocks;

  private Scope(String value, String unlocks) {
    this.value = value;
    this.unlocks = unlocks;
  }

  /**
   * Returns the scope with the given string, one of the constants when it is known.
   *
   * @param value the scope string as Humaans spells it, e.g. {@code "private:read"}; not blank
   * @return the matching constant, or a new unknown scope keeping {@code value} as given
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Scope of(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("scope value is blank");
    }
    Scope known = KNOWN.get(value);
    return known != null ? known : new Scope(value, UNKNOWN_UNLOCKS);
  }

  /** {@return the scope string, e.g. {@code "compensations:read"}} */
  public String value() {
    return value;
  }

  /**
   * {@return a short English description of what this scope grants, suitable for error messages}
   * For an unknown scope it says that the scope is not known to this SDK.
   */
  public String unlocks() {
    return unlocks;
  }

  /** {@return whether this is one of the scopes Humaans documents (one of the constants)} */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope && ((Scope) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
