package io.humaans.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.Check;
import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Test fixtures: a small default world and helpers to run one check. */
final class Fx {
  /** A Monday. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private Fx() {}

  static LocalDate day(int offsetFromAsOf) {
    return AS_OF.plusDays(offsetFromAsOf);
  }

  /** Start of the UTC day {@code offset} days from asOf, plus some hours. */
  static Instant at(int offsetFromAsOf) {
    return day(offsetFromAsOf).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600 * 10);
  }

  /** An employed person with email {@code <id>@example.com}, started in 2020. */
  static Person.Builder person(String id) {
    Person.Builder b = Person.builder();
    b.id(id).email(id + "@example.com").status("active").employmentStartDate(LocalDate.of(2020, 1, 6));
    return b;
  }

  /** A current role for {@code personId} reporting to {@code boss}, titled Engineer. */
  static JobRole.Builder role(String id, String personId) {
    JobRole.Builder b = JobRole.builder();
    b.id(id).personId(personId).jobTitle("Engineer").department("Engineering").reportingTo("boss")
        .effectiveDate(LocalDate.of(2020, 1, 6));
    return b;
  }

  static Account.Builder account(String id, String email) {
    Account.Builder b = Account.builder();
    b.system("github").id(id).email(email).state("active").accessLevel("member");
    return b;
  }

  static Seat.Builder seat(String id, String email) {
    Seat.Builder b = Seat.builder();
    b.product("Figma").id(id).email(email).assignedAt(at(-100)).lastActivityAt(at(-1));
    return b;
  }

  /** The boss: employed, CEO, no manager. */
  static Person boss() {
    return person("boss").build();
  }

  static JobRole bossRole() {
    return role("r-boss", "boss").jobTitle("CEO").reportingTo((String) null).build();
  }

  /** A directory with the boss and the given people and roles. */
  static Directory.Builder directory(List<Person> people, List<JobRole> roles) {
    Directory.Builder b = Directory.builder();
    b.addPeople(boss()).addAllPeople(people).addJobRoles(bossRole()).addAllJobRoles(roles);
    return b;
  }

  static CheckInput.Builder input(List<Person> people, List<JobRole> roles) {
    CheckInput.Builder b = CheckInput.builder();
    b.directory(directory(people, roles).build());
    return b;
  }

  static Directory partial(Directory d) {
    Directory.Builder b = Directory.builder();
    b.from(d).scopes(Set.of("public:read"));
    return b.build();
  }

  static CheckConfig config() {
    return CheckConfig.builder().asOf(AS_OF).build();
  }

  static List<CheckResult> run(Check check, CheckInput input, UnaryOperator<CheckConfig.Builder> config) {
    CheckConfig.Builder b = CheckConfig.builder();
    b.asOf(AS_OF);
    return Checks.evaluate(check, CheckContext.of(input, config.apply(b).build()));
  }

  /** Runs the check and returns the single result for {@code subjectId}. */
  static CheckResult result(Check check, CheckInput input, String subjectId) {
    return result(check, input, subjectId, b -> b);
  }

  static CheckResult result(
      Check check, CheckInput input, String subjectId, UnaryOperator<CheckConfig.Builder> config) {
    List<CheckResult> results = run(check, input, config);
    List<CheckResult> matching = results.stream().filter(r -> r.subjectId().equals(subjectId)).toList();
    assertThat(matching).as("results for %s in %s", subjectId, results).hasSize(1);
    return matching.get(0);
  }

  static List<String> subjects(Check check, CheckInput input) {
    return run(check, input, b -> b).stream().map(CheckResult::subjectId).toList();
  }
}
