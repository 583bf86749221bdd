package io.humaans.examples.cli;

/** The help texts the commands share (picocli format strings: {@code %n} is a line break). */
final class Usage {
  /** The exit statuses of the commands that run checks. */
  static final String EXIT_CHECKS =
      "Exit status: 0 every check passes or is not applicable, 1 a"
          + " check fails or%nis incomplete, 2 usage or input error, 3 API error (authentication,"
          + " missing scope,%nnetwork).";

  /** The exit statuses of the listing commands. */
  static final String EXIT_LISTING =
      "Exit status: 0 the listing succeeded, 2 usage or input"
          + " error,%n3 API error (authentication, missing scope, network).";

  /** The environment variables. */
  static final String ENVIRONMENT =
      "Environment:%n"
          + "  HUMAANS_API_TOKEN  API access token; unset: the embedded demo company is used%n"
          + "  HUMAANS_BASE_URL   API base URL (default https://app.humaans.io/api)";

  /** The exit statuses of the program. */
  static final String EXIT_ALL =
      "Exit status: 0 all checks pass or are not applicable, 1 a check"
          + " fails or is%nincomplete, 2 usage or input error, 3 API error (authentication, missing"
          + " scope,%nnetwork).";

  private Usage() {}
}
