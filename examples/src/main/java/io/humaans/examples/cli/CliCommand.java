package io.humaans.examples.cli;

/**
 * A picocli command class of the program ({@link ReportCommand}, {@link PeopleCommand}, ...): its
 * fields and mixins declare the command's options; after parsing it turns them into {@link
 * CliOptions}. To add an option to a command, add a field (or a mixin shared by several commands)
 * and carry it over in {@link #options}.
 */
interface CliCommand {
  /**
   * Returns the parsed options.
   *
   * @param help whether {@code --help} was given (then combinations are not checked)
   * @throws UsageException if the options given do not go together
   */
  CliOptions options(boolean help) throws UsageException;
}
