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
   * trimmed and lower-cased, and {@code %} and {@code /} in either part written {@code %25} and
   * {@code %2F} (see {@link #personInSystem}).
   */
  public static final String PERSON_IN_SYSTEM = "person-in-system";

  private SubjectTypes() {}

  /**
   * Returns the subject id of a person within a system: {@code <person id>/<system>} with {@code %}
   * and {@code /} in either part percent-escaped, so that two different pairs never share one.
   *
   * @param personId the person's subject id
   * @param system the system, already trimmed and lower-cased
   * @return for example {@code p1/okta%2Fsso} for person {@code p1} in system {@code okta/sso}
   */
  public static String personInSystem(String personId, String system) {
    return escape(personId) + '/' + escape(system);
  }

  /**
   * Returns the system a {@link #PERSON_IN_SYSTEM} subject id names: the text after its last {@code
   * /}, with {@code %2F} and {@code %25} read back (the inverse of {@link #personInSystem}).
   *
   * @param subjectId a person-in-system subject id, such as {@code p1/okta%2Fsso}
   * @return the system as in the accounts, such as {@code okta/sso}; the whole id when it has no
   *     {@code /}
   */
  public static String systemOf(String subjectId) {
    String part = subjectId.substring(subjectId.lastIndexOf('/') + 1);
    if (part.indexOf('%') < 0) {
      return part;
    }
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      String next = part.substring(i + 1, Math.min(i + 3, part.length()));
      if (c == '%' && next.equalsIgnoreCase("2F")) {
        out.append('/');
        i += 2;
      } else if (c == '%' && next.equals("25")) {
        out.append('%');
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String escape(String part) {
    if (part.indexOf('/') < 0 && part.indexOf('%') < 0) {
      return part;
    }
    return part.replace("%", "%25").replace("/", "%2F");
  }
}
