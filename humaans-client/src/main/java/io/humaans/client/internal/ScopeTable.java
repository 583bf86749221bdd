package io.humaans.client.internal;

import io.humaans.client.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one table of which token scope each endpoint needs, keyed by the first path segment (the
 * resource). Reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) need the row's read scope; writes
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) its write scope.
 *
 * <p>Resources outside the table (admin-only areas such as audit events or role permissions, and
 * anything new) have no entry: {@link #requiredScope} returns empty rather than guess.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class ScopeTable {

  /**
   * One row of the table.
   *
   * @param resource the first path segment, e.g. {@code compensations}
   * @param read the scope a read needs
   * @param write the scope a write needs
   */
  public record Row(String resource, Scope read, Scope write) {
    /** Validates the parts; none may be null. */
    public Row {
      Objects.requireNonNull(resource, "resource == null");
      Objects.requireNonNull(read, "read == null");
      Objects.requireNonNull(write, "write == null");
    }
  }

  private static final Map<String, Row> ROWS = buildRows();
  private static final List<String> UNDOCUMENTED =
      List.of("roles", "role-members", "role-permissions");

  private ScopeTable() {}

  /**
   * Returns the scope a call needs.
   *
   * @param method the HTTP method, any case
   * @param path the path relative to the API base, with or without a leading {@code /}, query
   *     string or {@code /api} prefix, e.g. {@code /compensations?personId=x}
   * @return the scope, or empty when the resource or method is not in the table
   */
  public static Optional<Scope> requiredScope(String method, String path) {
    Row row = ROWS.get(resourceOf(path));
    if (row == null) {
      return Optional.empty();
    }
    switch (method.toUpperCase(Locale.ROOT)) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
        return Optional.of(row.read());
      case "POST":
      case "PUT":
      case "PATCH":
      case "DELETE":
        return Optional.of(row.write());
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns what a 403 on a resource outside the table likely means, for the resources the SDK
   * knows but whose scope is undocumented ({@code /roles}, {@code /role-members}, {@code
   * /role-permissions}); empty for every other path.
   *
   * @param path the path relative to the API base, as for {@link #requiredScope}
   * @return one sentence naming what is likely missing, or empty
   */
  public static Optional<String> unknownScopeHint(String path) {
    String resource = resourceOf(path);
    if (!UNDOCUMENTED.contains(resource)) {
      return Optional.empty();
    }
    return Optional.of(
        "which token scope /"
            + resource
            + " needs is not documented (it is not in"
            + " the SDK's scope table): most likely private:read, from a token whose creator may view"
            + " permission roles (such as an Owner or Admin).");
  }

  /** Returns every row, in documentation order (unmodifiable). */
  public static List<Row> rows() {
    return List.copyOf(ROWS.values());
  }

  /** Renders the table as Markdown, one row per resource, for the README. */
  public static String markdown() {
    StringBuilder out =
        new StringBuilder("| Resource | Read (GET) | Write (POST/PATCH/PUT/DELETE) |\n");
    out.append("|---|---|---|\n");
    for (Row row : ROWS.values()) {
      out.append("| `/")
          .append(row.resource())
          .append("` | `")
          .append(row.read())
          .append("` | `")
          .append(row.write())
          .append("` |\n");
    }
    return out.toString();
  }

  static String resourceOf(String path) {
    String p = path;
    int cut = indexOfAny(p, '?', '#');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    List<String> segments = new ArrayList<>();
    for (String segment : p.split("/", -1)) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    if (segments.size() > 1 && segments.get(0).equals("api")) {
      segments.remove(0);
    }
    return segments.isEmpty() ? "" : segments.get(0).toLowerCase(Locale.ROOT);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
  }

  private static Map<String, Row> buildRows() {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String r : List.of("compensations", "compensation-types")) {
      rows.put(r, new Row(r, Scope.COMPENSATIONS_READ, Scope.COMPENSATIONS_WRITE));
    }
    for (String r :
        List.of(
            "documents",
            "document-types",
            "document-folders",
            "identity-documents",
            "identity-document-types",
            "files")) {
      rows.put(r, new Row(r, Scope.DOCUMENTS_READ, Scope.DOCUMENTS_WRITE));
    }
    for (String r : List.of("bank-accounts", "emergency-contacts", "data-exports")) {
      rows.put(r, new Row(r, Scope.PRIVATE_READ, Scope.PRIVATE_WRITE));
    }
    for (String r : List.of("webhooks", "webhook-events")) {
      rows.put(r, new Row(r, Scope.WEBHOOKS_MANAGE, Scope.WEBHOOKS_MANAGE));
    }
    for (String r :
        List.of(
            "people",
            "me",
            "job-roles",
            "time-away",
            "time-away-types",
            "time-away-periods",
            "time-away-policies",
            "time-away-allocations",
            "time-away-adjustments",
            "timesheet-entries",
            "timesheet-submissions",
            "locations",
            "spaces",
            "companies",
            "equipment",
            "equipment-types",
            "equipment-names",
            "custom-fields",
            "custom-values",
            "public-holidays",
            "public-holiday-calendars",
            "public-holiday-calendar-days",
            "working-patterns",
            "working-pattern-allocations")) {
      rows.put(r, new Row(r, Scope.PUBLIC_READ, Scope.PRIVATE_WRITE));
    }
    return Collections.unmodifiableMap(rows);
  }
}
