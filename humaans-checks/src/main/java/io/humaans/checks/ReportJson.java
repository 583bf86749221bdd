package io.humaans.checks;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Report} as JSON: two-space indentation, one line per check outcome and per
 * result, fields in a fixed order, strings escaped per RFC 8259 (quote, backslash, control
 * characters and lone surrogates, which UTF-8 cannot hold; everything else, non-ASCII included,
 * written as is).
 */
final class ReportJson {
  private ReportJson() {}

  static void write(Report report, Appendable out) throws IOException {
    write(report, null, out);
  }

  /** Writes the report; with {@code changes}, failing results carry their change. */
  static void write(Report report, @Nullable ReportChanges changes, Appendable out)
      throws IOException {
    out.append("{\n");
    out.append("  \"asOf\": ");
    string(out, report.asOf().toString());
    out.append(",\n  \"partial\": ").append(report.partial() ? "true" : "false");
    out.append(",\n  \"scopes\": ");
    if (report.scopes().isPresent()) {
      stringArray(out, report.scopes().get());
    } else {
      out.append("null");
    }
    InputSizes in = report.inputs();
    out.append(",\n  \"inputs\": {");
    number(out, "people", in.people(), true);
    number(out, "jobRoles", in.jobRoles(), false);
    number(out, "jobRolesWithoutPerson", in.jobRolesWithoutPerson(), false);
    number(out, "accounts", in.accounts(), false);
    number(out, "seats", in.seats(), false);
    number(out, "events", in.events(), false);
    number(out, "policies", in.policies(), false);
    number(out, "waivers", in.waivers(), false);
    number(out, "accountLinks", in.accountLinks(), false);
    out.append(", \"unreadableSystems\": {");
    boolean firstSystem = true;
    for (Map.Entry<String, String> e : new TreeMap<>(in.unreadableSystems()).entrySet()) {
      field(out, e.getKey(), e.getValue(), firstSystem);
      firstSystem = false;
    }
    out.append("}},\n  \"checks\": [");
    List<CheckOutcome> checks = report.checks();
    for (int i = 0; i < checks.size(); i++) {
      CheckOutcome c = checks.get(i);
      out.append(i == 0 ? "\n    {" : ",\n    {");
      field(out, "checkId", c.checkId(), true);
      field(out, "title", c.title(), false);
      field(out, "subjectType", c.subjectType(), false);
      field(out, "status", c.status().name(), false);
      number(out, "total", c.total(), false);
      out.append(", \"counts\": {");
      boolean first = true;
      for (Status s : Status.values()) {
        number(out, s.name(), c.counts().getOrDefault(s, 0), first);
        first = false;
      }
      out.append("}, \"missingScopes\": ");
      stringArray(out, c.missingScopes());
      out.append('}');
    }
    out.append(checks.isEmpty() ? "],\n" : "\n  ],\n");
    out.append("  \"reclaimableSeatsByProduct\": {");
    boolean first = true;
    for (Map.Entry<String, Integer> e : report.reclaimableSeatsByProduct().entrySet()) {
      number(out, e.getKey(), e.getValue(), first);
      first = false;
    }
    out.append("},\n  \"results\": [");
    List<CheckResult> results = report.results();
    for (int i = 0; i < results.size(); i++) {
      CheckResult r = results.get(i);
      out.append(i == 0 ? "\n    {" : ",\n    {");
      field(out, "checkId", r.checkId(), true);
      field(out, "subjectType", r.subjectType(), false);
      field(out, "subjectId", r.subjectId(), false);
      field(out, "label", r.label(), false);
      field(out, "status", r.status().name(), false);
      if (changes != null && r.status() == Status.FAIL) {
        field(out, "change", changes.change(r).orElseThrow().name(), false);
        field(out, "failingSince", changes.failingSince(r).orElseThrow().toString(), false);
      }
      field(out, "reasonCode", r.reasonCode(), false);
      field(out, "detail", r.detail(), false);
      out.append(", \"evidence\": {");
      boolean firstEvidence = true;
      Object[] pairs = r.evidenceObjects();
      for (int k = 0; k < pairs.length; k += 2) {
        Object value = pairs[k + 1];
        if (value instanceof EvidenceValue) {
          if (!firstEvidence) {
            out.append(", ");
          }
          string(out, (String) pairs[k]);
          out.append(": ");
          ((EvidenceValue) value).writeTo(out);
        } else {
          field(out, (String) pairs[k], value.toString(), firstEvidence);
        }
        firstEvidence = false;
      }
      out.append("}}");
    }
    out.append(results.isEmpty() ? "]" : "\n  ]");
    if (changes != null) {
      resolved(out, changes);
    }
    out.append("\n}\n");
  }

  private static void resolved(Appendable out, ReportChanges changes) throws IOException {
    List<Baseline.Failure> resolved = changes.resolved();
    out.append(",\n  \"resolved\": [");
    for (int i = 0; i < resolved.size(); i++) {
      Baseline.Failure f = resolved.get(i);
      out.append(i == 0 ? "\n    {" : ",\n    {");
      field(out, "checkId", f.checkId(), true);
      field(out, "subjectId", f.subjectId(), false);
      field(out, "label", f.label(), false);
      field(out, "failingSince", f.failingSince().toString(), false);
      Optional<Status> now = changes.statusNow(f);
      if (now.isPresent()) {
        field(out, "statusNow", now.get().name(), false);
      }
      out.append('}');
    }
    out.append(resolved.isEmpty() ? "]" : "\n  ]");
  }

  private static void field(Appendable out, String name, String value, boolean first)
      throws IOException {
    if (!first) {
      out.append(", ");
    }
    string(out, name);
    out.append(": ");
    string(out, value);
  }

  private static void number(Appendable out, String name, int value, boolean first)
      throws IOException {
    if (!first) {
      out.append(", ");
    }
    string(out, name);
    out.append(": ").append(Integer.toString(value));
  }

  private static void stringArray(Appendable out, List<String> values) throws IOException {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      string(out, values.get(i));
    }
    out.append(']');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static void string(Appendable out, String value) throws IOException {
    out.append('"');
    int length = value.length();
    int i = 0;
    while (i < length && !needsEscape(value, i)) {
      i++;
    }
    if (i == length) {
      out.append(value).append('"');
      return;
    }
    int start = 0;
    for (; i < length; i++) {
      if (!needsEscape(value, i)) {
        continue;
      }
      char c = value.charAt(i);
      run(out, value, start, i);
      if (c == '"') {
        out.append("\\\"");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\b') {
        out.append("\\b");
      } else if (c == '\f') {
        out.append("\\f");
      } else {
        out.append("\\u")
            .append(HEX[c >> 12])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      }
      start = i + 1;
    }
    run(out, value, start, length);
    out.append('"');
  }

  /**
   * Whether {@code value.charAt(i)} is written escaped: a quote, a backslash, a control character,
   * or a surrogate that is not half of a pair (UTF-8 cannot hold it: written as is, it would become
   * {@code ?}).
   */
  private static boolean needsEscape(String value, int i) {
    char c = value.charAt(i);
    if (c < 0x20 || c == '"' || c == '\\') {
      return true;
    }
    if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
      return false;
    }
    return Character.isHighSurrogate(c)
        ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
        : i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
  }

  /** Appends {@code value[start, end)}; a {@link Writer} gets it without a substring copy. */
  private static void run(Appendable out, String value, int start, int end) throws IOException {
    if (start == end) {
      return;
    }
    if (out instanceof Writer w) {
      w.write(value, start, end - start);
    } else {
      out.append(value, start, end);
    }
  }
}
