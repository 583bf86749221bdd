package io.humaans.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;

/**
 * The demo company "Northwind Labs": about 300 people with job-role histories, pre-hires, leavers,
 * top management and a set of deliberate data faults, plus a few compensation rows and who holds
 * which Humaans permission role ({@link #roles()}, {@link #roleMembers()}). The data set is
 * deterministic: it is generated from {@link #SEED} and judged as of {@link #AS_OF}, so two calls
 * to {@link #create()} give identical records and identical {@link #toJson()} output. The
 * deliberate faults and the check results they should produce are listed in the bundled {@code
 * demo/README.md}; the companion CSV files (accounts, policy, seats, events, waivers) sit next to
 * it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * DemoCompany company = DemoCompany.create();
 * company.people().size();                       // about 300
 * company.currentJobRole(id, DemoCompany.AS_OF); // the role in effect on the reference date
 * }</pre>
 */
public final class DemoCompany {
  /** The reference date the demo data is built around; use it as the checks' evaluation date. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  /** The seed of the {@link java.util.Random} the data set is generated from. */
  public static final long SEED = 20_261_102L;

  /** The email domain of every employee. */
  public static final String DOMAIN = "northwind-labs.example";

  /** The company id every person carries as {@code companyId}. */
  public static final String COMPANY_ID = "Nw7dLb2Xc9Qp4Rt6Vy1Zk3Hm";

  /** The compensation type id of base salary rows. */
  static final String SALARY_TYPE_ID = "Ct5sAl9rYb2Qw7Xe4Rt1Uo8P";

  private final List<DemoPerson> people;
  private final List<DemoJobRole> jobRoles;
  private final List<DemoCompensation> compensations;
  private final Map<String, DemoPerson> peopleById = new LinkedHashMap<>();
  private final Map<String, List<DemoJobRole>> rolesByPerson = new LinkedHashMap<>();
  private final String tokenOwnerId;
  private final DemoAccessRoles accessRoles;

  DemoCompany(
      List<DemoPerson> people, List<DemoJobRole> jobRoles, List<DemoCompensation> compensations) {
    this.people = List.copyOf(people);
    this.compensations = List.copyOf(compensations);
    for (DemoPerson person : this.people) {
      peopleById.put(person.id(), person);
      rolesByPerson.put(person.id(), new ArrayList<>());
    }
    List<DemoJobRole> sorted = new ArrayList<>();
    for (DemoPerson person : this.people) {
      jobRoles.stream()
          .filter(role -> role.personId().equals(person.id()))
          .sorted(Comparator.comparing(DemoJobRole::effectiveDate))
          .forEach(sorted::add);
    }
    this.jobRoles = List.copyOf(sorted);
    for (DemoJobRole role : this.jobRoles) {
      requireNonNull(rolesByPerson.get(role.personId()), "job role of an unknown person").add(role);
    }
    rolesByPerson.replaceAll((id, roles) -> List.copyOf(roles));
    this.tokenOwnerId =
        this.jobRoles.stream()
            .filter(role -> role.jobTitle().equals("Head of People"))
            .map(DemoJobRole::personId)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("demo company has no Head of People"));
    this.accessRoles = DemoAccessRoles.of(this);
  }

  /** {@return generates the demo company from {@link #SEED}; every call returns equal data} */
  public static DemoCompany create() {
    return new DemoCompanyGenerator().generate();
  }

  /** {@return every person (active, pre-hires and leavers) in a stable order; unmodifiable} */
  public List<DemoPerson> people() {
    return people;
  }

  /** {@return every job-role row, grouped by person in {@link #people()} order, oldest first} */
  public List<DemoJobRole> jobRoles() {
    return jobRoles;
  }

  /** {@return every compensation row; unmodifiable} */
  public List<DemoCompensation> compensations() {
    return compensations;
  }

  /** {@return the Humaans permission roles (Owners, Admins, Finance, Tech); unmodifiable} */
  public List<DemoRole> roles() {
    return accessRoles.roles();
  }

  /**
   * Returns who holds which permission role, including the deliberate faults of {@code
   * demo/README.md} (one membership names {@link #DELETED_PERSON_ID}); unmodifiable.
   *
   * @return the memberships
   */
  public List<DemoRoleMember> roleMembers() {
    return accessRoles.members();
  }

  /** {@return the permissions of the roles, one per role; unmodifiable} */
  public List<DemoRolePermission> rolePermissions() {
    return accessRoles.permissions();
  }

  /** The person id of a role membership whose person was deleted: nobody has it. */
  public static final String DELETED_PERSON_ID = DemoAccessRoles.DELETED_PERSON_ID;

  /**
   * Returns the person with this id, or empty when there is none.
   *
   * @param id the person id
   * @return the person, or empty
   */
  public Optional<DemoPerson> person(String id) {
    return Optional.ofNullable(peopleById.get(id));
  }

  /**
   * Returns the people whose work email equals {@code email} once both are trimmed and lower-cased
   * (more than one for the deliberate duplicate); empty when none matches.
   *
   * @param email the email to look up, in any case and with any surrounding blanks
   * @return the matching people; empty when none matches
   */
  public List<DemoPerson> peopleWithEmail(String email) {
    String wanted = normalize(email);
    List<DemoPerson> found = new ArrayList<>();
    for (DemoPerson person : people) {
      if (person.email() != null && normalize(person.email()).equals(wanted)) {
        found.add(person);
      }
    }
    return found;
  }

  /**
   * Returns the job-role rows of a person, oldest first; empty for an unknown id.
   *
   * @param personId the person id
   * @return the person's job-role rows, oldest first
   */
  public List<DemoJobRole> jobRolesOf(String personId) {
    return rolesByPerson.getOrDefault(personId, List.of());
  }

  /**
   * Returns the role in effect on {@code date}: among rows with effectiveDate on or before the date
   * and no endDate before it, the latest effectiveDate (ties: later createdAt, then id).
   *
   * @param personId the person id
   * @param date the day the role must be in effect on
   * @return the role in effect, or empty when none is
   */
  public Optional<DemoJobRole> currentJobRole(String personId, LocalDate date) {
    return jobRolesOf(personId).stream()
        .filter(role -> role.inEffectOn(date))
        .max(
            Comparator.comparing(DemoJobRole::effectiveDate)
                .thenComparing(DemoJobRole::createdAt)
                .thenComparing(DemoJobRole::id));
  }

  /** {@return the person who owns the demo server's API tokens (the Head of People)} */
  public DemoPerson tokenOwner() {
    return requireNonNull(peopleById.get(tokenOwnerId), "token owner");
  }

  /**
   * {@return serializes the whole data set as one JSON object {@code {asOf, people, jobRoles,
   * compensations}} in the shapes the demo server returns; stable between calls and builds}
   */
  public String toJson() {
    Buffer buffer = new Buffer();
    DemoJson.write(
        buffer,
        writer -> {
          writer.beginObject();
          writer.name("asOf").value(AS_OF.toString());
          writer.name("people").beginArray();
          for (DemoPerson person : people) {
            DemoJson.writePerson(writer, person, person.id().equals(tokenOwnerId));
          }
          writer.endArray();
          writer.name("jobRoles").beginArray();
          for (DemoJobRole role : jobRoles) {
            DemoJson.writeJobRole(writer, role);
          }
          writer.endArray();
          writer.name("compensations").beginArray();
          for (DemoCompensation compensation : compensations) {
            DemoJson.writeCompensation(writer, compensation);
          }
          writer.endArray();
          writer.endObject();
        });
    return buffer.readUtf8();
  }

  static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
