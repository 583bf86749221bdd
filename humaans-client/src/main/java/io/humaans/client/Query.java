package io.humaans.client;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Filters and paging parameters of a list request, in the Humaans (FeathersJS) query syntax.
 *
 * <p>Equality filters go out as {@code field=value}, operators as {@code field[$gte]=value}, and
 * paging as {@code $limit} and {@code $skip}. Names are sent literally (the {@code $} and brackets
 * are not percent-encoded); values are percent-encoded as UTF-8. Dates are written as {@code
 * YYYY-MM-DD}.
 *
 * <pre>{@code
 * Query q = Query.builder()
 *     .equalTo("personId", personId)
 *     .greaterThanOrEqual("startDate", LocalDate.parse("2024-01-01"))
 *     .build();
 * }</pre>
 *
 * <p>The typed builders {@link PeopleQuery}, {@link JobRoleQuery} and {@link TimeAwayQuery} cover
 * the documented filters of their resources; this class covers everything else. Instances are
 * immutable and thread-safe.
 */
public final class Query {
  private static final Query EMPTY = new Builder().build();

  private final List<Param> params;
  private final OptionalInt limit;
  private final OptionalInt skip;

  private Query(Builder builder) {
    this.params = List.copyOf(builder.params);
    this.limit = builder.limit;
    this.skip = builder.skip;
  }

  /** {@return a query with no filters, the server's default order and the client's page size} */
  public static Query all() {
    return EMPTY;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a query matching rows whose {@code personId} equals {@code personId}}
   *
   * @param personId the person id
   */
  public static Query forPerson(String personId) {
    return builder().equalTo("personId", personId).build();
  }

  /** {@return a builder holding this query's parameters} */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.params.addAll(params);
    b.limit = limit;
    b.skip = skip;
    return b;
  }

  /** {@return the page size asked for, if set; the client's page size applies otherwise} */
  public OptionalInt limit() {
    return limit;
  }

  /** {@return the offset of the first row, if set (default 0)} */
  public OptionalInt skip() {
    return skip;
  }

  /** {@return the filter parameters in the order they were added, as (name, value) pairs} */
  public List<Param> params() {
    return params;
  }

  /**
   * {@return the value of the first filter named {@code name}, if any}
   *
   * @param name the name
   */
  public Optional<String> first(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return Optional.of(p.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the encoded query string (without {@code ?}) for this query with the given paging.
   * Parameter names are literal; values are percent-encoded.
   */
  String encode(int effectiveLimit, int effectiveSkip) {
    StringBuilder sb = new StringBuilder(64);
    for (Param p : params) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(p.name()).append('=');
      percentEncode(p.value(), sb);
    }
    if (sb.length() > 0) {
      sb.append('&');
    }
    sb.append("$limit=").append(effectiveLimit).append("&$skip=").append(effectiveSkip);
    return sb.toString();
  }

  /** Encodes only the filters (no paging), for calls such as {@code GET /people/{id}}. */
  String encodeFilters() {
    StringBuilder sb = new StringBuilder();
    for (Param p : params) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(p.name()).append('=');
      percentEncode(p.value(), sb);
    }
    return sb.toString();
  }

  static void percentEncode(String value, StringBuilder out) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == ':') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q
        && q.params.equals(params)
        && q.limit.equals(limit)
        && q.skip.equals(skip);
  }

  @Override
  public int hashCode() {
    return params.hashCode() * 31 + limit.hashCode() * 7 + skip.hashCode();
  }

  @Override
  public String toString() {
    return "Query{"
        + encodeFilters()
        + (limit.isPresent() ? ", limit=" + limit.getAsInt() : "")
        + (skip.isPresent() ? ", skip=" + skip.getAsInt() : "")
        + "}";
  }

  /** One query parameter: a literal name and its unencoded value. */
  public record Param(String name, String value) {
    /**
     * Creates a parameter; neither part may be null.
     *
     * @param name the name
     * @param value the value
     */
    public Param {
      requireNonNull(name, "name == null");
      requireNonNull(value, "value == null");
    }
  }

  /** Builds a {@link Query}. Not thread-safe. */
  public static final class Builder {
    private final List<Param> params = new ArrayList<>();
    private OptionalInt limit = OptionalInt.empty();
    private OptionalInt skip = OptionalInt.empty();

    Builder() {}

    /**
     * Adds {@code field=value}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder equalTo(String field, String value) {
      return add(checkField(field), requireNonNull(value, "value == null"));
    }

    /**
     * Adds {@code field=YYYY-MM-DD}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder equalTo(String field, LocalDate value) {
      return equalTo(field, requireNonNull(value, "value == null").toString());
    }

    /**
     * Adds {@code field=} (an empty value, which the API reads as null, e.g. open timesheet
     * entries).
     *
     * @param field the field
     * @return this builder
     */
    public Builder isNull(String field) {
      return add(checkField(field), "");
    }

    /**
     * Adds {@code field[$gte]=value}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder greaterThanOrEqual(String field, String value) {
      return operator(field, "$gte", value);
    }

    /**
     * Adds {@code field[$gte]=YYYY-MM-DD}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder greaterThanOrEqual(String field, LocalDate value) {
      return operator(field, "$gte", requireNonNull(value, "value == null").toString());
    }

    /**
     * Adds {@code field[$gt]=value}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder greaterThan(String field, String value) {
      return operator(field, "$gt", value);
    }

    /**
     * Adds {@code field[$gt]=YYYY-MM-DD}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder greaterThan(String field, LocalDate value) {
      return operator(field, "$gt", requireNonNull(value, "value == null").toString());
    }

    /**
     * Adds {@code field[$lte]=value}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder lessThanOrEqual(String field, String value) {
      return operator(field, "$lte", value);
    }

    /**
     * Adds {@code field[$lte]=YYYY-MM-DD}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder lessThanOrEqual(String field, LocalDate value) {
      return operator(field, "$lte", requireNonNull(value, "value == null").toString());
    }

    /**
     * Adds {@code field[$lt]=value}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder lessThan(String field, String value) {
      return operator(field, "$lt", value);
    }

    /**
     * Adds {@code field[$lt]=YYYY-MM-DD}.
     *
     * @param field the field
     * @param value the value
     * @return this builder
     */
    public Builder lessThan(String field, LocalDate value) {
      return operator(field, "$lt", requireNonNull(value, "value == null").toString());
    }

    /**
     * Adds {@code field[$in][0]=v0&field[$in][1]=v1...}: indexed keys, which the API's query-string
     * parser reads as an array for one value as for many (a repeated plain {@code field[$in]=v}
     * would arrive as a single string when there is one value). Indexes continue after those of an
     * earlier {@code in} on the same field. At least one value is required.
     *
     * @param field the field name
     * @param values the values, at least one
     * @return this builder
     */
    public Builder in(String field, Collection<String> values) {
      return multi(field, "$in", values);
    }

    /**
     * Adds {@code field[$nin][0]=v0&field[$nin][1]=v1...}, indexed as {@link #in(String,
     * Collection)} is. At least one value is required.
     *
     * @param field the field name
     * @param values the values, at least one
     * @return this builder
     */
    public Builder notIn(String field, Collection<String> values) {
      return multi(field, "$nin", values);
    }

    /**
     * Adds a parameter with a literal name, for filters this class has no method for.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder param(String name, String value) {
      return add(checkField(name), requireNonNull(value, "value == null"));
    }

    /**
     * Sets {@code $limit}, the page size asked for (1 to 1000). The server may return fewer rows
     * per page (it is believed to cap at 250); paging follows what it returns.
     *
     * @param limit the limit
     * @return this builder
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > 1000) {
        throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
      }
      this.limit = OptionalInt.of(limit);
      return this;
    }

    /**
     * Sets {@code $skip}, the offset of the first row (default 0).
     *
     * @param skip the skip
     * @return this builder
     */
    public Builder skip(int skip) {
      if (skip < 0) {
        throw new IllegalArgumentException("skip < 0: " + skip);
      }
      this.skip = OptionalInt.of(skip);
      return this;
    }

    /** {@return the immutable query} */
    public Query build() {
      return new Query(this);
    }

    private Builder operator(String field, String op, String value) {
      return add(checkField(field) + "[" + op + "]", requireNonNull(value, "value == null"));
    }

    private Builder multi(String field, String op, Collection<String> values) {
      requireNonNull(values, "values == null");
      if (values.isEmpty()) {
        throw new IllegalArgumentException(op + " on '" + field + "' needs at least one value");
      }
      String prefix = checkField(field) + "[" + op + "][";
      int index = 0;
      for (Param p : params) {
        if (p.name().startsWith(prefix)) {
          index++;
        }
      }
      for (String v : values) {
        add(prefix + index++ + "]", requireNonNull(v, "values contains null"));
      }
      return this;
    }

    private Builder add(String name, String value) {
      params.add(new Param(name, value));
      return this;
    }

    private static String checkField(String field) {
      requireNonNull(field, "field == null");
      if (field.isBlank()) {
        throw new IllegalArgumentException("field is blank");
      }
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '&' || c == '=' || c == '#' || c == '?' || c <= ' ' || c > '~') {
          throw new IllegalArgumentException(
              "illegal character '" + c + "' in query name: " + field);
        }
      }
      if (field.equals("$limit") || field.equals("$skip")) {
        throw new IllegalArgumentException("use limit(int) and skip(int) for " + field);
      }
      return field;
    }
  }
}
