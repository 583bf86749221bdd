package io.humaans.client;

import java.time.LocalDate;

/**
 * Builds a {@link Query} with the filters of {@code GET /compensations}.
 *
 * <pre>{@code
 * Query q = CompensationQuery.builder().personId(id).asOf(LocalDate.now()).build();
 * }</pre>
 *
 * <p>To find each person's current compensation on a date, use {@link CurrentCompensations}, which
 * does not depend on {@code $asOf} being honoured.
 */
public final class CompensationQuery {
  private CompensationQuery() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a compensation query. Not thread-safe. */
  public static final class Builder extends TypedQueryBuilder<Builder> {
    Builder() {}

    /**
     * Filters by the person the compensations belong to ({@code personId=...}).
     *
     * @param personId the person's id
     * @return this builder
     */
    public Builder personId(String personId) {
      query.equalTo("personId", personId);
      return this;
    }

    /**
     * Filters by compensation type ({@code compensationTypeId=...}), e.g. only base salaries.
     *
     * @param compensationTypeId the type's id
     * @return this builder
     */
    public Builder compensationTypeId(String compensationTypeId) {
      query.equalTo("compensationTypeId", compensationTypeId);
      return this;
    }

    /**
     * Asks for the compensations in effect on {@code date} ({@code $asOf=YYYY-MM-DD}), as Humaans'
     * own front-end does. Unverified against the public API: callers that must be exact choose the
     * current row themselves, as {@link CurrentCompensations} does.
     *
     * @param date the day
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      query.param("$asOf", date.toString());
      return this;
    }

    /**
     * Filters rows effective on or before {@code date} ({@code effectiveDate[$lte]}).
     *
     * @param date the last effective date included
     * @return this builder
     */
    public Builder effectiveOnOrBefore(LocalDate date) {
      query.lessThanOrEqual("effectiveDate", date);
      return this;
    }
  }
}
