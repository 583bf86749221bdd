package io.humaans.checks;

import java.io.IOException;

/**
 * Writes a {@link Report}'s results as CSV: a header row, then one row per result in report order;
 * fields containing a comma, quote, CR or LF are quoted with quotes doubled (RFC 4180); rows end
 * with {@code \n}. Evidence is one field, {@code key=value} pairs joined by {@code "; "}. The
 * subject's label is the last column (added after the others, so that their positions hold). A
 * field that starts with {@code = + - @}, tab or CR gets a leading apostrophe, so that a
 * spreadsheet shows it as text instead of running it as a formula (the JSON keeps the exact value).
 */
final class ReportCsv {
  static final String HEADER =
      "checkId,subjectType,subjectId,status,reasonCode,detail,evidence,label";

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private ReportCsv() {}

  static void write(Report report, Appendable out) throws IOException {
    out.append(HEADER).append('\n');
    StringBuilder evidence = new StringBuilder();
    for (CheckResult r : report.results()) {
      cell(out, r.checkId());
      out.append(',');
      cell(out, r.subjectType());
      out.append(',');
      cell(out, r.subjectId());
      out.append(',');
      out.append(r.status().name());
      out.append(',');
      cell(out, r.reasonCode());
      out.append(',');
      cell(out, r.detail());
      out.append(',');
      evidence.setLength(0);
      String[] pairs = r.pairs();
      for (int k = 0; k < pairs.length; k += 2) {
        if (k > 0) {
          evidence.append("; ");
        }
        evidence.append(pairs[k]).append('=').append(pairs[k + 1]);
      }
      cell(out, evidence);
      out.append(',');
      cell(out, r.label());
      out.append('\n');
    }
  }

  private static void cell(Appendable out, CharSequence text) throws IOException {
    // A spreadsheet would run =HYPERLINK(...) as a formula: the apostrophe makes it text.
    CharSequence value =
        text.length() > 0 && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}
