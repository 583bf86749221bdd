package io.humaans.examples.cli;

import com.squareup.moshi.JsonWriter;
import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okio.Buffer;

/**
 * The {@code people} listing: one row per person with status, current job title, department and
 * manager as of a date, sorted by name; printed as an aligned table, JSON or CSV.
 */
final class PeopleListing {
  private static final List<String> COLUMNS =
      List.of("id", "name", "email", "status", "jobTitle", "department", "managerId", "manager");

  /** The first characters that make a spreadsheet read a cell as a formula (as the report CSV). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private PeopleListing() {}

  static void print(
      Directory directory, LocalDate asOf, CliOptions.Format format, PrintStream out) {
    List<List<String>> rows = rows(directory, asOf);
    switch (format) {
      case JSON:
        out.print(json(rows));
        break;
      case CSV:
        out.print(csv(rows));
        break;
      default:
        text(rows, asOf, out);
        break;
    }
  }

  static List<List<String>> rows(Directory directory, LocalDate asOf) {
    CheckContext context =
        CheckContext.of(
            CheckInput.builder().directory(directory).build(),
            CheckConfig.builder().asOf(asOf).build());
    List<List<String>> rows = new ArrayList<>();
    for (PersonFacts facts : context.people()) {
      Person p = facts.person();
      Optional<JobRole> role = facts.currentRole();
      Optional<String> managerId = role.flatMap(JobRole::reportingTo);
      String manager =
          managerId
              .map(
                  id ->
                      context
                          .personById(id)
                          .map(m -> name(m.person()))
                          .orElse("(unknown " + id + ")"))
              .orElse("");
      rows.add(
          List.of(
              p.id(),
              name(p),
              p.email().map(String::trim).orElse(""),
              p.status().orElse(""),
              role.flatMap(JobRole::jobTitle).map(String::trim).orElse(""),
              role.flatMap(JobRole::department).orElse(""),
              managerId.orElse(""),
              manager));
    }
    rows.sort(
        Comparator.comparing((List<String> r) -> r.get(1).toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.get(0)));
    return rows;
  }

  private static String name(Person p) {
    String name = (p.firstName().orElse("") + " " + p.lastName().orElse("")).trim();
    return name.isEmpty() ? p.id() : name;
  }

  private static void text(List<List<String>> rows, LocalDate asOf, PrintStream out) {
    int[] shown = {1, 2, 3, 4, 7};
    String[] titles = {"NAME", "EMAIL", "STATUS", "JOB TITLE", "MANAGER"};
    int[] widths = new int[shown.length];
    for (int i = 0; i < shown.length; i++) {
      widths[i] = titles[i].length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(shown[i]).length());
      }
    }
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < shown.length; i++) {
      cell(header, titles[i], widths[i], i == shown.length - 1);
    }
    out.println(header.toString().stripTrailing());
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < shown.length; i++) {
        cell(
            line,
            row.get(shown[i]).isEmpty() ? "-" : row.get(shown[i]),
            widths[i],
            i == shown.length - 1);
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(
        rows.size()
            + (rows.size() == 1 ? " person" : " people")
            + ", job titles and"
            + " managers as of "
            + asOf);
  }

  private static void cell(StringBuilder line, String value, int width, boolean last) {
    line.append(OneLine.of(value)); // as long as the value: a character for a character
    if (!last) {
      line.append(" ".repeat(width - value.length() + 2));
    }
  }

  private static String json(List<List<String>> rows) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.setSerializeNulls(true);
      writer.beginArray();
      for (List<String> row : rows) {
        writer.beginObject();
        for (int i = 0; i < COLUMNS.size(); i++) {
          writer.name(COLUMNS.get(i));
          if (row.get(i).isEmpty() && i > 1) {
            writer.nullValue();
          } else {
            writer.value(row.get(i));
          }
        }
        writer.endObject();
      }
      writer.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8() + "\n";
  }

  private static String csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", COLUMNS)).append('\n');
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        // A spreadsheet would run =HYPERLINK(...) as a formula: the apostrophe makes it text.
        String v =
            FORMULA_STARTS.indexOf(row.get(i).isEmpty() ? 'x' : row.get(i).charAt(0)) >= 0
                ? "'" + row.get(i)
                : row.get(i);
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        out.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
