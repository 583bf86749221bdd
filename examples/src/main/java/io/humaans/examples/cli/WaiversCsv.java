package io.humaans.examples.cli;

import io.humaans.checks.Check;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.Checks;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.model.Waiver;
import io.humaans.examples.csv.CsvFormatException;
import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads waivers (accepted exceptions) from CSV: columns {@code checkId,subjectId,reason,expiresOn},
 * and optionally {@code system}.
 *
 * <pre>{@code
 * checkId,subjectId,reason,expiresOn,system
 * user-identified,AIDA1H04M,"External auditor, approved by the CFO",2026-12-31,aws
 * }</pre>
 *
 * <p>{@code checkId} must name a built-in check; {@code subjectId} and {@code reason} are required;
 * {@code expiresOn} is a date {@code YYYY-MM-DD} or blank (never expires). {@code system} (blank or
 * absent: none) names the system of the account an account check's waiver is for; its {@code
 * subjectId} is then the account id as in the accounts file, without a {@code #2} suffix. A system
 * on a waiver of a check about persons, seats or products, or one that differs from the system a
 * {@code person-in-system} subject id ends with, is an error. Any problem fails with a {@link
 * CsvFormatException} naming the file, line and column. Stateless and thread-safe.
 */
public final class WaiversCsv {
  /** The columns the header must contain. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("checkId", "subjectId", "reason", "expiresOn");

  /** The columns the header may contain. */
  public static final List<String> OPTIONAL_COLUMNS = List.of("system");

  private WaiversCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Waiver> read(Path file) throws IOException {
    return map(CsvReader.read(file, REQUIRED_COLUMNS, OPTIONAL_COLUMNS).records());
  }

  /**
   * Parses CSV text.
   *
   * @param source the file name used in error messages
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Waiver> parse(String source, String text) {
    return map(CsvReader.parse(source, text, REQUIRED_COLUMNS, OPTIONAL_COLUMNS).records());
  }

  private static List<Waiver> map(List<CsvRecord> rows) {
    Map<String, CheckInfo> checks = new TreeMap<>();
    for (Check check : Checks.all()) {
      checks.put(check.info().id(), check.info());
    }
    List<Waiver> waivers = new ArrayList<>(rows.size());
    for (CsvRecord row : rows) {
      String checkId = CsvValues.required(row, "checkId");
      CheckInfo check = checks.get(checkId);
      if (check == null) {
        throw row.invalid(
            "checkId", "unknown check (known: " + String.join(", ", checks.keySet()) + ")");
      }
      String subjectId = CsvValues.required(row, "subjectId");
      Waiver.Builder waiver =
          Waiver.builder()
              .checkId(checkId)
              .subjectId(subjectId)
              .reason(CsvValues.required(row, "reason"));
      CsvValues.date(row, "expiresOn").ifPresent(waiver::expiresOn);
      system(row, check, subjectId, checks).ifPresent(waiver::system);
      waivers.add(waiver.build());
    }
    return waivers;
  }

  /** The row's system, checked against the check's subjects. */
  private static Optional<String> system(
      CsvRecord row, CheckInfo check, String subjectId, Map<String, CheckInfo> checks) {
    Optional<String> system = CsvValues.optional(row, "system");
    if (system.isEmpty()) {
      return system;
    }
    String type = check.subjectType();
    if (type.equals(SubjectTypes.PERSON_IN_SYSTEM)) {
      String own = SubjectTypes.systemOf(subjectId).strip();
      if (!own.equalsIgnoreCase(system.get())) {
        throw row.invalid(
            "system",
            "the subject id '"
                + subjectId
                + "' is in system '"
                + own.toLowerCase(Locale.ROOT)
                + "' (leave system blank, or give that one)");
      }
    } else if (!type.equals(SubjectTypes.ACCOUNT)) {
      List<String> accountChecks = new ArrayList<>();
      for (CheckInfo info : checks.values()) {
        if (info.subjectType().equals(SubjectTypes.ACCOUNT)
            || info.subjectType().equals(SubjectTypes.PERSON_IN_SYSTEM)) {
          accountChecks.add(info.id());
        }
      }
      throw row.invalid(
          "system",
          check.id()
              + " judges "
              + type
              + " subjects, which have no system; only waivers of account checks ("
              + String.join(", ", accountChecks)
              + ") name one (leave it blank)");
    }
    return system;
  }
}
