package io.humaans.client;

import java.time.LocalDate;

/**
 * Builds a {@link Query} with the documented filters of {@code GET /time-away}.
 *
 * <p>The server matches ranges on the start and end dates, so a booking that straddles a window
 * needs the window padded by the caller.
 */
public final class TimeAwayQuery {
  private TimeAwayQuery() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a time-away query. Not thread-safe. */
  public static final class Builder extends TypedQueryBuilder<Builder> {
    Builder() {}

    /**
     * Filters by person ({@code personId=...}).
     *
     * @param personId the person id
     * @return this builder
     */
    public Builder personId(String personId) {
      query.equalTo("personId", personId);
      return this;
    }

    /**
     * Filters by type, e.g. {@code pto} ({@code type=...}).
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(String type) {
      query.equalTo("type", type);
      return this;
    }

    /**
     * Keeps bookings starting on or after {@code date} ({@code startDate[$gte]}).
     *
     * @param date the date
     * @return this builder
     */
    public Builder startingOnOrAfter(LocalDate date) {
      query.greaterThanOrEqual("startDate", date);
      return this;
    }

    /**
     * Keeps bookings ending on or before {@code date} ({@code endDate[$lte]}).
     *
     * @param date the date
     * @return this builder
     */
    public Builder endingOnOrBefore(LocalDate date) {
      query.lessThanOrEqual("endDate", date);
      return this;
    }
  }
}
