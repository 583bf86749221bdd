package io.humaans.examples.cli;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.examples.csv.CsvFormatException;
import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads access policies from CSV, one rule per row: columns {@code
 * system,matchOn,pattern,accessLevels}.
 *
 * <pre>{@code
 * system,matchOn,pattern,accessLevels
 * github,department,Engineering,write|read
 * }</pre>
 *
 * <p>{@code matchOn} is {@code department}, {@code jobTitle} or {@code team} (any case); {@code
 * pattern} is compared with the whole value, case-insensitively, {@code *} matching any run of
 * characters; {@code accessLevels} lists levels separated by {@code |}, or {@code *} for any. Rows
 * are grouped into one {@link AccessPolicy} per system, in file order. Any problem fails with a
 * {@link CsvFormatException} naming the file, line and column. Stateless and thread-safe.
 */
public final class PolicyCsv {
  /** The columns the header must contain. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("system", "matchOn", "pattern", "accessLevels");

  private PolicyCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CsvFormatException if the content is malformed
   */
  public static List<AccessPolicy> read(Path file) throws IOException {
    return map(CsvReader.read(file, REQUIRED_COLUMNS.toArray(String[]::new)).records());
  }

  /**
   * Parses CSV text.
   *
   * @param source the file name used in error messages
   * @throws CsvFormatException if the content is malformed
   */
  public static List<AccessPolicy> parse(String source, String text) {
    return map(CsvReader.parse(source, text, REQUIRED_COLUMNS.toArray(String[]::new)).records());
  }

  private static List<AccessPolicy> map(List<CsvRecord> rows) {
    Map<String, AccessPolicy.Builder> bySystem = new LinkedHashMap<>();
    for (CsvRecord row : rows) {
      String system = CsvValues.required(row, "system");
      bySystem
          .computeIfAbsent(
              system.toLowerCase(Locale.ROOT), key -> AccessPolicy.builder().system(system))
          .addRules(rule(row));
    }
    List<AccessPolicy> policies = new ArrayList<>(bySystem.size());
    bySystem.values().forEach(b -> policies.add(b.build()));
    return policies;
  }

  private static AccessRule rule(CsvRecord row) {
    String matchOn = CsvValues.required(row, "matchOn");
    String pattern = CsvValues.required(row, "pattern");
    AccessRule.Builder rule = AccessRule.builder();
    switch (matchOn.toLowerCase(Locale.ROOT)) {
      case "department":
        rule.department(pattern);
        break;
      case "jobtitle":
        rule.jobTitle(pattern);
        break;
      case "team":
        rule.team(pattern);
        break;
      default:
        throw row.invalid("matchOn", "expected department, jobTitle or team");
    }
    for (String level : CsvValues.required(row, "accessLevels").split("\\|", -1)) {
      if (level.isBlank()) {
        throw row.invalid(
            "accessLevels",
            "empty access level (separate levels with |, e.g. write|read, or use *)");
      }
      rule.addAccessLevels(level.trim());
    }
    return rule.build();
  }
}
