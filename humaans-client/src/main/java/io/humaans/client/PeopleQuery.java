package io.humaans.client;

import io.humaans.client.model.PersonStatus;

/**
 * Builds a {@link Query} with the documented filters of {@code GET /people}.
 *
 * <pre>{@code
 * Query active = PeopleQuery.builder().status(PersonStatus.ACTIVE).build();
 * }</pre>
 */
public final class PeopleQuery {
  private PeopleQuery() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a people query. Not thread-safe. */
  public static final class Builder extends TypedQueryBuilder<Builder> {
    Builder() {}

    /**
     * Filters by work email ({@code email=...}), matched by the server as given.
     *
     * @param email the email
     * @return this builder
     */
    public Builder email(String email) {
      query.equalTo("email", email);
      return this;
    }

    /**
     * Filters by lifecycle status ({@code status=active|newHire|offboarded|...}).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(PersonStatus status) {
      query.equalTo("status", status.value());
      return this;
    }

    /**
     * Filters by team name ({@code teams=...}).
     *
     * @param teamName the team name
     * @return this builder
     */
    public Builder team(String teamName) {
      query.equalTo("teams", teamName);
      return this;
    }
  }
}
