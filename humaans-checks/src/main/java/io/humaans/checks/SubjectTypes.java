package io.humaans.checks;

/** The subject types results are about; the values appear in JSON and CSV and never change. */
public final class SubjectTypes {
  /** A person; the subject id is the person id. */
  public static final String PERSON = "person";

  /** An account; the subject id is the account id. */
  public static final String ACCOUNT = "account";

  /** A seat; the subject id is the seat id. */
  public static final String SEAT = "seat";

  /** A product; the subject id is the product name. */
  public static final String PRODUCT = "product";

  /**
   * A person within one system; the subject id is {@code <person id>/<system>} with the system
   * trimmed and lower-cased.
   */
  public static final String PERSON_IN_SYSTEM = "person-in-system";

  private SubjectTypes() {}
}
