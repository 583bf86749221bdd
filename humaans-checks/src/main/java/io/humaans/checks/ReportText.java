package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Engine: a {@link Report}'s text forms: its JSON ({@link ReportJson}) and CSV ({@link ReportCsv}),
 * as one string or written to an {@link Appendable} whose failure is rethrown unchecked, and its
 * {@code toString()}. Stateless.
 */
final class ReportText {
  private ReportText() {}

  static String json(Report report) {
    StringBuilder out = new StringBuilder(4096 + report.results().size() * 200);
    writeJson(report, out);
    return out.toString();
  }

  static void writeJson(Report report, Appendable out) {
    try {
      ReportJson.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String csv(Report report) {
    StringBuilder out = new StringBuilder(256 + report.results().size() * 120);
    writeCsv(report, out);
    return out.toString();
  }

  static void writeCsv(Report report, Appendable out) {
    try {
      ReportCsv.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report's {@code toString()}: every attribute but the results, which it counts. */
  static String describe(Report r) {
    return "Report{asOf="
        + r.asOf()
        + ", inputs="
        + r.inputs()
        + ", scopes="
        + r.scopes().orElse(null)
        + ", partial="
        + r.partial()
        + ", checks="
        + r.checks()
        + ", reclaimableSeatsByProduct="
        + r.reclaimableSeatsByProduct()
        + ", results="
        + r.results().size()
        + "}";
  }
}
