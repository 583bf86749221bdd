package io.humaans.examples.cli;

import io.humaans.checks.Check;
import io.humaans.checks.Checks;
import io.humaans.checks.model.Waiver;
import io.humaans.examples.csv.CsvFormatException;
import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads waivers (accepted exceptions) from CSV: columns {@code checkId,subjectId,reason,expiresOn}.
 *
 * <pre>{@code
 * checkId,subjectId,reason,expiresOn
 * user-identified,AIDA1H04M,"External auditor, approved by the CFO",2026-12-31
 * }</pre>
 *
 * <p>{@code checkId} must name a built-in check; {@code subjectId} and {@code reason} are required;
 * {@code expiresOn} is a date {@code YYYY-MM-DD} or blank (never expires). Any problem fails with a
 * {@link CsvFormatException} naming the file, line and column. Stateless and thread-safe.
 */
public final class WaiversCsv {
  /** The columns the header must contain. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("checkId", "subjectId", "reason", "expiresOn");

  private WaiversCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Waiver> read(Path file) throws IOException {
    return map(CsvReader.read(file, REQUIRED_COLUMNS.toArray(String[]::new)).records());
  }

  /**
   * Parses CSV text.
   *
   * @param source the file name used in error messages
   * @throws CsvFormatException if the content is malformed
   */
  public static List<Waiver> parse(String source, String text) {
    return map(CsvReader.parse(source, text, REQUIRED_COLUMNS.toArray(String[]::new)).records());
  }

  private static List<Waiver> map(List<CsvRecord> rows) {
    Set<String> checkIds = new TreeSet<>();
    for (Check check : Checks.all()) {
      checkIds.add(check.info().id());
    }
    List<Waiver> waivers = new ArrayList<>(rows.size());
    for (CsvRecord row : rows) {
      String checkId = CsvValues.required(row, "checkId");
      if (!checkIds.contains(checkId)) {
        throw row.invalid("checkId", "unknown check (known: " + String.join(", ", checkIds) + ")");
      }
      Waiver.Builder waiver =
          Waiver.builder()
              .checkId(checkId)
              .subjectId(CsvValues.required(row, "subjectId"))
              .reason(CsvValues.required(row, "reason"));
      CsvValues.date(row, "expiresOn").ifPresent(waiver::expiresOn);
      waivers.add(waiver.build());
    }
    return waivers;
  }
}
