package io.humaans.examples.cli;

/** A command line or input file the program cannot use; exit status 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
