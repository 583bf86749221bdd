package io.humaans.examples.cli;

import io.humaans.checks.model.Account;
import io.humaans.examples.csv.CsvFormatException;
import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the accounts of critical systems from CSV: columns {@code
 * system,id,email,accessLevel,state}, optionally {@code lastActiveAt,deactivatedAt,nonHuman}.
 *
 * <pre>{@code
 * system,id,email,accessLevel,state,lastActiveAt,deactivatedAt,nonHuman
 * github,gh-1042,ada@example.com,admin,active,2026-10-22T13:00:00Z,,false
 * }</pre>
 *
 * <p>{@code system} and {@code id} are required; {@code state} must be {@code active}, {@code
 * suspended} or {@code deleted} (any case); timestamps are ISO-8601, or a date alone read as the
 * start of that day in UTC; {@code nonHuman} is {@code true} or {@code false} (blank = false). Any
 * problem fails with a {@link CsvFormatException} naming the file, line and column. Stateless and
 * thread-safe.
 */
public final class AccountsCsv {
  /** The columns the header must contain. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("system", "id", "email", "accessLevel", "state");

  /** The columns the header may contain. */
  public static final List<String> OPTIONAL_COLUMNS =
      List.of("lastActiveAt", "deactivatedAt", "nonHuman");

  private static final Set<String> STATES =
      Set.of(Account.STATE_ACTIVE, Account.STATE_SUSPENDED, Account.STATE_DELETED);

  private AccountsCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Account> read(Path file) throws IOException {
    return map(CsvReader.read(file, REQUIRED_COLUMNS, OPTIONAL_COLUMNS).records());
  }

  /**
   * Parses CSV text.
   *
   * @param source the file name used in error messages
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Account> parse(String source, String text) {
    return map(CsvReader.parse(source, text, REQUIRED_COLUMNS, OPTIONAL_COLUMNS).records());
  }

  private static List<Account> map(List<CsvRecord> rows) {
    List<Account> accounts = new ArrayList<>(rows.size());
    for (CsvRecord row : rows) {
      Account.Builder account =
          Account.builder()
              .system(CsvValues.required(row, "system"))
              .id(CsvValues.required(row, "id"));
      CsvValues.optional(row, "email").ifPresent(account::email);
      CsvValues.optional(row, "accessLevel").ifPresent(account::accessLevel);
      String state = CsvValues.required(row, "state");
      if (!STATES.contains(state.toLowerCase(Locale.ROOT))) {
        throw row.invalid("state", "expected active, suspended or deleted");
      }
      account.state(state);
      CsvValues.timestamp(row, "lastActiveAt").ifPresent(account::lastActiveAt);
      CsvValues.timestamp(row, "deactivatedAt").ifPresent(account::deactivatedAt);
      account.nonHuman(CsvValues.flag(row, "nonHuman"));
      accounts.add(account.build());
    }
    return accounts;
  }
}
