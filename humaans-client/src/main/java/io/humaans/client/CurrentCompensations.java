package io.humaans.client;

import static java.util.Objects.requireNonNull;

import io.humaans.client.model.Compensation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each person's current compensation on a date, for licence and cost reports.
 *
 * <p><b>Current</b> on a date {@code d} is, among a person's rows with an {@code effectiveDate} on
 * or before {@code d} and no {@code endDate} before {@code d}, the one with the latest {@code
 * effectiveDate}; ties go to the latest {@code createdAt} (a row without one counts as oldest),
 * then to the greatest {@code id}, so the answer never depends on the order the API listed rows in.
 * Rows without {@code personId} or {@code effectiveDate} are ignored. A person with several
 * compensation types (salary and bonus, say) gets one row across all of them; filter by type first
 * ({@link CompensationQuery.Builder#compensationTypeId(String)}) to pick one.
 *
 * <pre>{@code
 * Map<String, Compensation> salaries = CurrentCompensations.read(client, LocalDate.now());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CurrentCompensations {
  private static final Comparator<Compensation> LATEST_FIRST =
      Comparator.comparing((Compensation c) -> c.effectiveDate().orElseThrow())
          .thenComparing(c -> c.createdAt().orElse(Instant.MIN))
          .thenComparing(Compensation::id)
          .reversed();

  private CurrentCompensations() {}

  /**
   * Lists the compensations effective on or before {@code date} ({@code GET
   * /compensations?effectiveDate[$lte]=date}, every page) and returns each person's current one.
   *
   * @param client the client; its token needs {@code compensations:read}
   * @param date the day
   * @return person id to current compensation, sorted by person id, unmodifiable
   * @throws io.humaans.client.errors.HumaansException if a page cannot be read (for example a
   *     {@link io.humaans.client.errors.PermissionException} without {@code compensations:read})
   */
  public static Map<String, Compensation> read(HumaansClient client, LocalDate date) {
    requireNonNull(client, "client == null");
    requireNonNull(date, "date == null");
    return read(
        client.compensations(),
        CompensationQuery.builder().effectiveOnOrBefore(date).build(),
        date);
  }

  /**
   * Lists {@code resource} with {@code query} and returns each person's current compensation among
   * the rows listed.
   *
   * @param resource usually {@code client.compensations()}
   * @param query the filters, e.g. one compensation type
   * @param date the day
   * @return person id to current compensation, sorted by person id, unmodifiable
   * @throws io.humaans.client.errors.HumaansException if a page cannot be read
   */
  public static Map<String, Compensation> read(
      Resource<Compensation> resource, Query query, LocalDate date) {
    requireNonNull(resource, "resource == null");
    requireNonNull(query, "query == null");
    return on(resource.list(query), date);
  }

  /**
   * Returns each person's current compensation on {@code date} among {@code rows}, as defined
   * above.
   *
   * @param rows the compensation rows, in any order
   * @param date the day
   * @return person id to current compensation, sorted by person id, unmodifiable
   */
  public static Map<String, Compensation> on(Iterable<Compensation> rows, LocalDate date) {
    requireNonNull(rows, "rows == null");
    requireNonNull(date, "date == null");
    Map<String, Compensation> current = new TreeMap<>();
    for (Compensation c : rows) {
      Optional<String> person = c.personId();
      if (person.isEmpty() || !inEffect(c, date)) {
        continue;
      }
      current.merge(person.get(), c, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
    }
    return Collections.unmodifiableMap(current);
  }

  private static boolean inEffect(Compensation c, LocalDate date) {
    Optional<LocalDate> from = c.effectiveDate();
    if (from.isEmpty() || from.get().isAfter(date)) {
      return false;
    }
    return c.endDate().map(end -> !end.isBefore(date)).orElse(true);
  }
}
