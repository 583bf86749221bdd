package io.humaans.client;

import java.time.LocalDate;

/**
 * Builds a {@link Query} with the documented filters of {@code GET /job-roles}.
 *
 * <pre>{@code
 * Query current = JobRoleQuery.builder().personId(id).asOf(LocalDate.now()).build();
 * }</pre>
 */
public final class JobRoleQuery {
  private JobRoleQuery() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a job-role query. Not thread-safe. */
  public static final class Builder extends TypedQueryBuilder<Builder> {
    Builder() {}

    /**
     * Filters by the person the roles belong to ({@code personId=...}).
     *
     * @param personId the person id
     * @return this builder
     */
    public Builder personId(String personId) {
      query.equalTo("personId", personId);
      return this;
    }

    /**
     * Asks for the roles in effect on {@code date} ({@code $asOf=YYYY-MM-DD}). Unverified against
     * the real API: callers that must be exact choose the current role from the history themselves.
     *
     * @param date the date
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      query.param("$asOf", date.toString());
      return this;
    }

    /**
     * Filters rows effective on or after {@code date} ({@code effectiveDate[$gte]}).
     *
     * @param date the date
     * @return this builder
     */
    public Builder effectiveOnOrAfter(LocalDate date) {
      query.greaterThanOrEqual("effectiveDate", date);
      return this;
    }

    /**
     * Filters rows effective on or before {@code date} ({@code effectiveDate[$lte]}).
     *
     * @param date the date
     * @return this builder
     */
    public Builder effectiveOnOrBefore(LocalDate date) {
      query.lessThanOrEqual("effectiveDate", date);
      return this;
    }
  }
}
