package io.humaans.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Renders realistic Humaans person and job-role records as JSON, deterministically from an index,
 * so any page of a directory of any size can be produced on demand without holding the directory.
 * Person {@code i} has {@link #rolesOf(int)} job-role rows; about 5% of people have left, about 2%
 * are pre-hires. Immutable and thread-safe.
 */
final class PeopleData {
  private static final String[] FIRST = {
    "Ingrid", "Tomasz", "Amara", "Kenji", "Lucía", "Oskar", "Priya", "Mateo", "Sofia", "Yusuf",
    "Elin", "Jonas", "Chiara", "Dmitri", "Aoife", "Rahul", "Zanele", "Henrik", "Mei", "Leandro"
  };
  private static final String[] LAST = {
    "Solberg",
    "Wierzbicki",
    "Okafor",
    "Tanaka",
    "García",
    "Lindqvist",
    "Raman",
    "Rossi",
    "Novak",
    "Demir",
    "Byrne",
    "Hoffmann",
    "Moreau",
    "Silva",
    "Kowalski",
    "Nakamura",
    "Dubois",
    "Jensen",
    "Haddad",
    "Fischer"
  };
  private static final String[] CITIES = {
    "Bergen", "Lisbon", "Berlin", "Warsaw", "London", "Madrid"
  };
  private static final String[] COUNTRIES = {"NO", "PT", "DE", "PL", "GB", "ES"};
  private static final String[] COUNTRY_NAMES = {
    "Norway", "Portugal", "Germany", "Poland", "United Kingdom", "Spain"
  };
  private static final String[] ZONES = {
    "Europe/Oslo",
    "Europe/Lisbon",
    "Europe/Berlin",
    "Europe/Warsaw",
    "Europe/London",
    "Europe/Madrid"
  };
  private static final String[] TEAMS = {
    "Platform", "Payments", "Growth", "People", "Security", "Data"
  };
  private static final String[] DEPARTMENTS = {
    "Engineering", "Finance", "Sales", "People", "Operations"
  };
  private static final String[] TITLES = {
    "Software Engineer", "Senior Software Engineer", "Account Executive", "Accountant",
    "People Partner", "Operations Manager", "Data Analyst", "Engineering Manager"
  };
  private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"};
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 5);

  private final int people;
  private final int[] roleOffsets;

  /** A directory of {@code people} people (job-role offsets are precomputed: 4 bytes a person). */
  PeopleData(int people) {
    this.people = people;
    this.roleOffsets = new int[people + 1];
    for (int i = 0; i < people; i++) {
      roleOffsets[i + 1] = roleOffsets[i] + rolesOf(i);
    }
  }

  int people() {
    return people;
  }

  int roles() {
    return roleOffsets[people];
  }

  /** The number of job-role rows of person {@code i}: one to three. */
  static int rolesOf(int i) {
    return 1 + (int) Long.remainderUnsigned(mix(i * 31L + 7), 3);
  }

  /** The 24-character id of person {@code i}; its first six characters encode {@code i}. */
  static String personId(int i) {
    return id('P', i);
  }

  /** The index encoded in a {@link #personId}, or -1. */
  static int indexOf(String personId) {
    if (personId.length() != 24) {
      return -1;
    }
    try {
      return Integer.parseInt(personId.substring(1, 7), 36);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String id(char kind, int i) {
    StringBuilder sb = new StringBuilder(24).append(kind);
    String n = Integer.toString(i, 36);
    for (int k = n.length(); k < 6; k++) {
      sb.append('0');
    }
    sb.append(n);
    long h = mix(i * 0x9E3779B97F4A7C15L + kind);
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    while (sb.length() < 24) {
      sb.append(alphabet.charAt((int) Long.remainderUnsigned(h, alphabet.length())));
      h = Long.rotateRight(h, 5) * 31 + 17;
    }
    return sb.toString();
  }

  /** SplitMix64's finaliser: a cheap, well-spread hash of {@code z}. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int pick(long h, int shift, int n) {
    return (int) Long.remainderUnsigned(h >>> shift, n);
  }

  /**
   * Renders the envelope {@code {"total","limit","skip","data"}} of people {@code [skip,
   * skip+limit)}.
   */
  byte[] peoplePage(int skip, int limit) {
    int end = Math.min(people, skip + limit);
    StringBuilder sb = new StringBuilder(Math.max(64, (end - skip) * 2100));
    envelopeStart(sb, people, limit, skip);
    for (int i = skip; i < end; i++) {
      if (i > skip) {
        sb.append(',');
      }
      person(sb, i);
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Renders the envelope of job-role rows {@code [skip, skip+limit)} of the whole directory. */
  byte[] rolesPage(int skip, int limit) {
    int total = roles();
    int end = Math.min(total, skip + limit);
    StringBuilder sb = new StringBuilder(Math.max(64, (end - skip) * 400));
    envelopeStart(sb, total, limit, skip);
    if (skip < end) {
      int p = personOfRole(skip);
      for (int r = skip; r < end; r++) {
        while (roleOffsets[p + 1] <= r) {
          p++;
        }
        if (r > skip) {
          sb.append(',');
        }
        role(sb, p, r - roleOffsets[p], r);
      }
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Renders the job-role rows of one person (an unknown id gives an empty page). */
  byte[] rolesOfPerson(String personId, int skip, int limit) {
    int p = indexOf(personId);
    StringBuilder sb = new StringBuilder(1400);
    if (p < 0 || p >= people || !personId(p).equals(personId)) {
      envelopeStart(sb, 0, limit, skip);
      return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
    int n = rolesOf(p);
    envelopeStart(sb, n, limit, skip);
    for (int k = skip; k < Math.min(n, skip + limit); k++) {
      if (k > skip) {
        sb.append(',');
      }
      role(sb, p, k, roleOffsets[p] + k);
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private int personOfRole(int r) {
    int lo = 0;
    int hi = people - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (roleOffsets[mid] <= r) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static void envelopeStart(StringBuilder sb, int total, int limit, int skip) {
    sb.append("{\"total\":")
        .append(total)
        .append(",\"limit\":")
        .append(limit)
        .append(",\"skip\":")
        .append(skip)
        .append(",\"data\":[");
  }

  /** The start date of person {@code i}; pre-hires start in the future. */
  static LocalDate startDate(int i) {
    long h = mix(i);
    if (pick(h, 40, 100) < 2) {
      return LocalDate.of(2027, 1, 4).plusDays(pick(h, 8, 120));
    }
    return EPOCH.plusDays(pick(h, 8, 3900));
  }

  static boolean leaver(int i) {
    return pick(mix(i), 40, 100) >= 95;
  }

  private static void person(StringBuilder sb, int i) {
    long h = mix(i);
    String first = FIRST[pick(h, 0, FIRST.length)];
    String last = LAST[pick(h, 5, LAST.length)];
    int place = pick(h, 10, CITIES.length);
    boolean remote = pick(h, 13, 4) == 0;
    boolean leaver = leaver(i);
    boolean preHire = pick(h, 40, 100) < 2;
    LocalDate start = startDate(i);
    String status = leaver ? "offboarded" : preHire ? "newHire" : "active";
    String email =
        (first + "." + last + "." + i)
                .toLowerCase(java.util.Locale.ROOT)
                .replace('í', 'i')
                .replace('ú', 'u')
            + "@northwind-labs.example";
    sb.append("{\"id\":\"").append(personId(i)).append('"');
    str(sb, "companyId", "Hc3nV8tYq2WzL6pRm1XkJs9D");
    str(sb, "firstName", first);
    str(sb, "middleName", pick(h, 20, 5) == 0 ? "Marie" : null);
    str(sb, "lastName", last);
    str(sb, "preferredName", pick(h, 22, 4) == 0 ? first.substring(0, 3) : null);
    str(sb, "email", email);
    str(sb, "personalEmail", pick(h, 24, 2) == 0 ? "p" + i + "@mailbox.example" : null);
    str(sb, "phoneNumber", "+4479" + (460000 + i % 100000));
    str(sb, "formattedPhoneNumber", "+44 79 " + (460000 + i % 100000));
    str(sb, "personalPhoneNumber", null);
    str(sb, "formattedPersonalPhoneNumber", null);
    str(sb, "locationId", remote ? "remote" : "Lp8dF3kQw6ZsR1tYh9XmCv2" + (char) ('A' + place));
    str(sb, "remoteCity", remote ? CITIES[place] : null);
    str(sb, "remoteRegionCode", null);
    str(sb, "remoteCountryCode", remote ? COUNTRIES[place] : null);
    str(sb, "remoteTimezone", remote ? ZONES[place] : null);
    str(sb, "gender", pick(h, 26, 3) == 0 ? null : pick(h, 27, 2) == 0 ? "Female" : "Male");
    str(sb, "birthday", LocalDate.of(1960, 1, 1).plusDays(pick(h, 28, 15000)).toString());
    str(sb, "profilePhotoId", null);
    sb.append(",\"profilePhoto\":null");
    str(sb, "nationality", COUNTRY_NAMES[place]);
    sb.append(",\"nationalities\":[\"").append(COUNTRY_NAMES[place]).append("\"]");
    sb.append(",\"spokenLanguages\":[\"English\"")
        .append(place == 4 ? "" : ",\"" + COUNTRY_NAMES[place] + "\"")
        .append(']');
    str(sb, "dietaryPreference", pick(h, 31, 6) == 0 ? "Vegetarian" : null);
    sb.append(",\"foodAllergies\":[]");
    str(sb, "address", (i % 200 + 1) + " Strandgaten");
    str(sb, "city", CITIES[place]);
    str(sb, "state", null);
    str(sb, "postcode", Integer.toString(5000 + i % 4000));
    str(sb, "countryCode", COUNTRIES[place]);
    str(sb, "country", COUNTRY_NAMES[place]);
    str(sb, "bio", null);
    str(sb, "linkedIn", null);
    str(sb, "twitter", null);
    str(sb, "github", pick(h, 33, 3) == 0 ? "dev" + i : null);
    str(sb, "employmentStartDate", start.toString());
    str(sb, "firstWorkingDay", start.toString());
    @Nullable LocalDate end = leaver ? start.plusDays(200 + pick(h, 34, 900)) : null;
    str(sb, "employmentEndDate", end == null ? null : end.toString());
    str(sb, "lastWorkingDay", end == null ? null : end.toString());
    str(sb, "probationEndDate", start.plusMonths(6).toString());
    str(sb, "turnoverImpact", leaver ? "regrettable" : null);
    sb.append(",\"workingDays\":[");
    int days = pick(h, 36, 5) == 0 ? 4 : 5;
    for (int d = 0; d < days; d++) {
      sb.append(d == 0 ? "" : ",").append("{\"day\":\"").append(DAYS[d]).append("\"}");
    }
    sb.append(']');
    str(sb, "publicHolidayCalendarId", COUNTRIES[place]);
    str(sb, "leavingReason", leaver ? "resignation" : null);
    str(sb, "leavingNote", null);
    str(sb, "leavingFileId", null);
    str(sb, "contractType", days == 4 ? "Part time" : "Full time");
    str(sb, "employeeId", "NW-" + i);
    str(sb, "taxId", null);
    str(sb, "taxCode", null);
    sb.append(",\"teams\":[");
    int teams = pick(h, 38, 3);
    for (int t = 0; t < teams; t++) {
      sb.append(t == 0 ? "" : ",")
          .append("{\"name\":\"")
          .append(TEAMS[(place + t) % TEAMS.length])
          .append("\"}");
    }
    sb.append(']');
    str(sb, "status", status);
    sb.append(",\"isVerified\":").append(pick(h, 50, 10) != 0);
    sb.append(",\"isWorkEmailHidden\":false");
    str(sb, "calendarFeedToken", null);
    str(sb, "role", pick(h, 52, 20) == 0 ? "admin" : "user");
    str(sb, "seenDocumentsAt", null);
    str(sb, "source", null);
    str(sb, "sourceId", null);
    str(sb, "timezone", ZONES[place]);
    str(sb, "payrollProvider", null);
    String created = start.minusDays(30) + "T10:02:17.341Z";
    str(sb, "createdAt", created);
    str(sb, "updatedAt", "2024-09-30T07:45:09.002Z");
    sb.append('}');
  }

  private void role(StringBuilder sb, int p, int k, int globalIndex) {
    int n = rolesOf(p);
    long h = mix(p * 131L + k);
    LocalDate start = startDate(p);
    LocalDate effective = start.plusDays(k * 400L);
    @Nullable LocalDate endDate = k < n - 1 ? start.plusDays((k + 1) * 400L - 1) : null;
    int manager = p == 0 ? -1 : (int) Long.remainderUnsigned(mix(p + 11L), Math.min(p, 200));
    sb.append("{\"id\":\"").append(id('R', globalIndex)).append('"');
    str(sb, "personId", personId(p));
    str(sb, "jobTitle", p == 0 ? "CEO" : TITLES[pick(h, 0, TITLES.length)]);
    str(sb, "department", DEPARTMENTS[pick(h, 8, DEPARTMENTS.length)]);
    str(sb, "reportingTo", manager < 0 ? null : personId(manager));
    str(sb, "effectiveDate", effective.toString());
    str(sb, "endDate", endDate == null ? null : endDate.toString());
    str(sb, "note", null);
    str(sb, "createdAt", effective.minusDays(7) + "T09:12:44.120Z");
    str(sb, "updatedAt", effective.minusDays(7) + "T09:12:44.120Z");
    sb.append('}');
  }

  /** Appends {@code ,"name":"value"} or {@code ,"name":null}; values hold nothing to escape. */
  private static void str(StringBuilder sb, String name, @Nullable String value) {
    sb.append(",\"").append(name).append("\":");
    if (value == null) {
      sb.append("null");
    } else {
      sb.append('"').append(value).append('"');
    }
  }
}
