package io.humaans.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the demo company's records while it is generated: hands out ids, emails and employee
 * numbers, and turns drafts into immutable records at the end. Not thread-safe.
 */
final class DemoRecords {
  private static final String ID_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String LONDON_OFFICE = "Lo4nD0nOf1iceHq7Rk2Wm9Zs";
  private static final String BERLIN_OFFICE = "Be8rL1nOf5iceKp3Tx6Vn2Qd";
  private static final LocalDate LATEST_STAMP = DemoCompany.AS_OF.minusDays(1);

  private final Random rnd;
  private final Set<String> ids = new HashSet<>();
  private final Set<String> emails = new HashSet<>();
  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final List<DemoJobRole> roles = new ArrayList<>();
  private final List<DemoCompensation> compensations = new ArrayList<>();

  DemoRecords(Random rnd) {
    this.rnd = rnd;
    ids.add(LONDON_OFFICE);
    ids.add(BERLIN_OFFICE);
  }

  /** Returns a fresh 24-character alphanumeric id. */
  String newId() {
    while (true) {
      StringBuilder id = new StringBuilder(24);
      for (int i = 0; i < 24; i++) {
        id.append(ID_ALPHABET.charAt(rnd.nextInt(ID_ALPHABET.length())));
      }
      if (ids.add(id.toString())) {
        return id.toString();
      }
    }
  }

  /** Adds a person with a unique lower-case work email and returns the new id. */
  String addPerson(
      String first,
      String last,
      String status,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable LocalDate lastDay,
      List<String> teams,
      String department) {
    Draft draft = new Draft();
    draft.id = newId();
    draft.first = first;
    draft.last = last;
    draft.status = status;
    draft.start = start;
    draft.end = end;
    draft.lastDay = lastDay;
    draft.teams = List.copyOf(teams);
    draft.employeeId = String.format(Locale.ROOT, "NW-%04d", drafts.size() + 1);
    String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    String candidate = local;
    for (int n = 2; !emails.add(candidate); n++) {
      candidate = local + n;
    }
    draft.email = candidate + "@" + DemoCompany.DOMAIN;
    draft.personalEmail =
        rnd.nextInt(3) == 0
            ? null
            : first.toLowerCase(Locale.ROOT).charAt(0)
                + last.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                + (rnd.nextInt(90) + 10)
                + "@mailbox.example";
    placeOf(draft, department);
    draft.gender =
        switch (rnd.nextInt(9)) {
          case 0, 1, 2, 3 -> "Female";
          case 4, 5, 6, 7 -> "Male";
          default -> null;
        };
    draft.birthday =
        rnd.nextInt(6) == 0
            ? null
            : LocalDate.of(1965 + rnd.nextInt(38), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    draft.contractType = rnd.nextInt(12) == 0 ? "Part time" : "Full time";
    LocalDate created =
        start == null ? LocalDate.of(2024, 8, 19) : start.minusDays(14 + rnd.nextInt(30));
    draft.createdAt = stamp(created.isAfter(LATEST_STAMP) ? LATEST_STAMP : created);
    LocalDate updated =
        end != null ? end : lastDay != null ? lastDay : created.plusDays(rnd.nextInt(600));
    draft.updatedAt = stamp(updated.isAfter(LATEST_STAMP) ? LATEST_STAMP : updated);
    if (draft.updatedAt.isBefore(draft.createdAt)) {
      draft.updatedAt = draft.createdAt;
    }
    drafts.put(draft.id, draft);
    return draft.id;
  }

  private void placeOf(Draft draft, String department) {
    int roll = rnd.nextInt(20);
    DemoCountry country;
    if (department.equals("Sales") && draft.teams.contains("North America Sales")) {
      country = DemoCountry.US;
      draft.locationId = "remote";
    } else if (roll < 9) {
      country = DemoCountry.GB;
      draft.locationId = LONDON_OFFICE;
    } else if (roll < 15) {
      country = DemoCountry.DE;
      draft.locationId = BERLIN_OFFICE;
    } else {
      country = DemoCountry.REMOTE_EUROPE.get(rnd.nextInt(DemoCountry.REMOTE_EUROPE.size()));
      draft.locationId = "remote";
    }
    draft.country = country;
  }

  /** Replaces the stored work email of {@code personId} (may be null or oddly formatted). */
  void setEmail(String personId, @Nullable String email) {
    draft(personId).email = email;
  }

  /** Sets the leaving reason of a leaver. */
  void setLeavingReason(String personId, String reason) {
    draft(personId).leavingReason = reason;
  }

  /** Sets the preferred name of a person. */
  void setPreferredName(String personId, String preferredName) {
    draft(personId).preferredName = preferredName;
  }

  /** Adds a job-role row and returns its id. */
  String addRole(
      String personId,
      String title,
      @Nullable String department,
      @Nullable String reportingTo,
      LocalDate effective,
      @Nullable LocalDate end) {
    String id = newId();
    LocalDate createdOn = effective.minusDays(10 + rnd.nextInt(20));
    Instant created = stamp(createdOn.isAfter(LATEST_STAMP) ? LATEST_STAMP : createdOn);
    Instant updated = end == null ? created : stamp(end.isAfter(LATEST_STAMP) ? LATEST_STAMP : end);
    roles.add(
        new DemoJobRole(
            id,
            personId,
            title,
            department,
            reportingTo,
            effective,
            end,
            end == null && rnd.nextInt(8) == 0 ? "Updated after the annual review" : null,
            created,
            updated.isBefore(created) ? created : updated));
    return id;
  }

  /** Adds a compensation row. */
  void addCompensation(
      String personId,
      String amount,
      String currency,
      LocalDate effective,
      @Nullable LocalDate end,
      @Nullable String endReason) {
    Instant created = stamp(effective.minusDays(7));
    compensations.add(
        new DemoCompensation(
            newId(),
            personId,
            DemoCompany.SALARY_TYPE_ID,
            amount,
            currency,
            "annual",
            end == null ? null : "Annual salary review",
            effective,
            end,
            endReason,
            created,
            end == null ? created : stamp(end)));
  }

  private Draft draft(String personId) {
    Draft draft = drafts.get(personId);
    if (draft == null) {
      throw new IllegalArgumentException("no person " + personId);
    }
    return draft;
  }

  /** Returns the currency matching the person's country of work. */
  String currencyOf(String personId) {
    return switch (draft(personId).country) {
      case GB -> "GBP";
      case US -> "USD";
      case PL -> "PLN";
      case SE -> "SEK";
      default -> "EUR";
    };
  }

  private Instant stamp(LocalDate date) {
    return date.atTime(8 + rnd.nextInt(10), rnd.nextInt(60), rnd.nextInt(60))
        .toInstant(ZoneOffset.UTC)
        .plusMillis(rnd.nextInt(1000));
  }

  List<DemoPerson> people() {
    List<DemoPerson> people = new ArrayList<>();
    for (Draft d : drafts.values()) {
      people.add(
          new DemoPerson(
              d.id,
              d.first,
              d.last,
              d.preferredName,
              d.email,
              d.personalEmail,
              d.status,
              d.start,
              d.end,
              d.lastDay,
              d.leavingReason,
              d.locationId,
              d.country.name(),
              d.country.city,
              d.country.timezone,
              d.gender,
              d.birthday,
              d.contractType,
              d.employeeId,
              d.teams,
              d.createdAt,
              d.updatedAt));
    }
    return people;
  }

  List<DemoJobRole> jobRoles() {
    return List.copyOf(roles);
  }

  List<DemoCompensation> compensations() {
    return List.copyOf(compensations);
  }

  /** A person under construction. */
  private static final class Draft {
    String id = "";
    String first = "";
    String last = "";
    @Nullable String preferredName;
    @Nullable String email;
    @Nullable String personalEmail;
    String status = DemoPerson.ACTIVE;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    @Nullable LocalDate lastDay;
    @Nullable String leavingReason;
    String locationId = "remote";
    DemoCountry country = DemoCountry.GB;
    @Nullable String gender;
    @Nullable LocalDate birthday;
    String contractType = "Full time";
    String employeeId = "";
    List<String> teams = List.of();
    Instant createdAt = Instant.EPOCH;
    Instant updatedAt = Instant.EPOCH;
  }
}
