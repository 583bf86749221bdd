package io.humaans.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.Check;
import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A small company to run one check on, built step by step. It starts with the boss (employed, CEO,
 * no manager); {@link #employee} adds an employed engineer reporting to the boss. Defaults: emails
 * {@code <id>@example.com}, start date 2020-01-06, accounts in {@code github} state {@code active}
 * level {@code member}, seats of {@code Figma} assigned 100 days ago and used yesterday; each can
 * be changed by an {@code edit}. Evaluated as of {@link #AS_OF}.
 */
final class Company {
  /** The evaluation date: Monday 2026-11-23 (ISO week 48). */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  /** The default start date of people and roles. */
  static final LocalDate START = LocalDate.of(2020, 1, 6);

  private final Directory.Builder directory = Directory.builder();
  private final CheckInput.Builder input = CheckInput.builder();
  private UnaryOperator<CheckConfig.Builder> config = b -> b;
  private int roles;

  private Company() {
    person("boss", p -> p);
    role("boss", r -> r.jobTitle("CEO").reportingTo((String) null));
  }

  /** A company with only the boss. */
  static Company company() {
    return new Company();
  }

  /** The day {@code offset} days from asOf. */
  static LocalDate day(int offset) {
    return AS_OF.plusDays(offset);
  }

  /** 10:00 UTC on the day {@code offset} days from asOf. */
  static Instant at(int offset) {
    return day(offset).atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  /** Adds an employed person with a current Engineer role reporting to the boss. */
  Company employee(String id, UnaryOperator<Person.Builder> edit) {
    person(id, edit);
    return role(id, r -> r);
  }

  /** Adds an employed engineer with the defaults. */
  Company employee(String id) {
    return employee(id, p -> p);
  }

  /** Adds a person without any job role. */
  Company person(String id, UnaryOperator<Person.Builder> edit) {
    Person.Builder b = Person.builder();
    b.id(id).email(id + "@example.com").status("active").employmentStartDate(START);
    directory.addPeople(edit.apply(b).build());
    return this;
  }

  /** Adds a job-role row: Engineer in Engineering reporting to the boss since 2020-01-06. */
  Company role(String personId, UnaryOperator<JobRole.Builder> edit) {
    JobRole.Builder b = JobRole.builder();
    b.id("r" + ++roles)
        .personId(personId)
        .jobTitle("Engineer")
        .department("Engineering")
        .reportingTo("boss")
        .effectiveDate(START);
    directory.addJobRoles(edit.apply(b).build());
    return this;
  }

  /** Adds an account of the system {@code github}, by default active at level member. */
  Company account(String id, String email, UnaryOperator<Account.Builder> edit) {
    Account.Builder b = Account.builder();
    b.system("github").id(id).email(email).state("active").accessLevel("member");
    input.addAccounts(edit.apply(b).build());
    return this;
  }

  /** Adds an active member account of {@code github}. */
  Company account(String id, String email) {
    return account(id, email, a -> a);
  }

  /** Adds a seat of {@code Figma}, assigned 100 days ago and last used yesterday. */
  Company seat(String id, String email, UnaryOperator<Seat.Builder> edit) {
    Seat.Builder b = Seat.builder();
    b.product("Figma").id(id).email(email).assignedAt(at(-100)).lastActivityAt(at(-1));
    input.addSeats(edit.apply(b).build());
    return this;
  }

  /** Adds a Figma activity event by {@code email} on the day {@code offset} days from asOf. */
  Company event(String email, int offset) {
    input.addEvents(
        ActivityEvent.builder().email(email).product("Figma").timestamp(at(offset)).build());
    return this;
  }

  /** Adds an activity event of {@code product} on the day {@code offset} days from asOf. */
  Company event(String product, String email, int offset) {
    input.addEvents(
        ActivityEvent.builder().email(email).product(product).timestamp(at(offset)).build());
    return this;
  }

  /** Adds an access policy. */
  Company policy(AccessPolicy policy) {
    input.addPolicies(policy);
    return this;
  }

  /** Links an account of a system to a person id. */
  Company link(String system, String accountId, String personId) {
    input.addAccountLinks(
        AccountLink.builder().system(system).accountId(accountId).personId(personId).build());
    return this;
  }

  /** Adds a waiver. */
  Company waiver(Waiver waiver) {
    input.addWaivers(waiver);
    return this;
  }

  /** Records that the accounts of {@code system} could not be read, and why. */
  Company unreadable(String system, String reason) {
    input.putUnreadableSystems(system, reason);
    return this;
  }

  /** Marks the directory as read without {@code private:read}. */
  Company readWithoutPrivateScope() {
    directory.scopes(Set.of("public:read"));
    return this;
  }

  /** Changes the configuration (asOf is {@link #AS_OF} unless set here). */
  Company configure(UnaryOperator<CheckConfig.Builder> edit) {
    UnaryOperator<CheckConfig.Builder> before = config;
    config = b -> edit.apply(before.apply(b));
    return this;
  }

  /** The context of a run over this company. */
  CheckContext context() {
    CheckInput in = input.directory(directory.build()).build();
    CheckConfig.Builder b = CheckConfig.builder();
    b.asOf(AS_OF);
    return CheckContext.of(in, config.apply(b).build());
  }

  /** Every result of the check, as the engine finishes them. */
  List<CheckResult> results(Check check) {
    return Checks.evaluate(check, context());
  }

  /** The report of a run of this one check. */
  Report report(Check check) {
    return Checks.run(List.of(check), context());
  }

  /** The outcome of a run of this one check. */
  CheckOutcome outcome(Check check) {
    return report(check).checks().get(0);
  }

  /** The subject ids the check judged, in order. */
  List<String> subjects(Check check) {
    return results(check).stream().map(CheckResult::subjectId).toList();
  }

  /** The one result for {@code subjectId}. */
  CheckResult judge(Check check, String subjectId) {
    List<CheckResult> results = results(check);
    List<CheckResult> matching =
        results.stream().filter(r -> r.subjectId().equals(subjectId)).toList();
    assertThat(matching).as("results for %s in %s", subjectId, results).hasSize(1);
    return matching.get(0);
  }

  /** A parameterized case: a name, how to build the company, the expected status and reason. */
  static Arguments when(String name, UnaryOperator<Company> setup, Status status, String reason) {
    return Arguments.of(name, setup, status, reason);
  }
}
