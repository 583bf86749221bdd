package io.humaans.examples;

import io.humaans.client.HumaansClient;
import io.humaans.client.JobRoleQuery;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.Person;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists everyone with their current job title and manager: two auto-paged list calls ({@code
 * /people} and {@code /job-roles}), joined in memory.
 *
 * <p>Run it from an IDE with no arguments: without {@code HUMAANS_API_TOKEN} it uses the embedded
 * demo company.
 */
public final class ListPeople {
  private ListPeople() {}

  /** Prints the list to standard output. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.open()) {
      run(env.client(), env.defaultAsOf(Clock.systemUTC()), System.out);
    }
  }

  static void run(HumaansClient client, LocalDate asOf, PrintStream out) {
    List<Person> people = client.people().list().toList();
    Map<String, String> names = new HashMap<>();
    people.forEach(p -> names.put(p.id(), name(p)));

    // The current role: the latest row in effect on asOf (effective on or before, not yet ended).
    Map<String, JobRole> current = new HashMap<>();
    for (JobRole role :
        client.jobRoles().list(JobRoleQuery.builder().effectiveOnOrBefore(asOf).build())) {
      if (role.personId().isEmpty()
          || role.endDate().map(end -> end.isBefore(asOf)).orElse(false)) {
        continue;
      }
      current.merge(
          role.personId().get(),
          role,
          (a, b) ->
              a.effectiveDate()
                      .orElse(LocalDate.MIN)
                      .isAfter(b.effectiveDate().orElse(LocalDate.MIN))
                  ? a
                  : b);
    }

    people.sort(Comparator.comparing(ListPeople::name));
    for (Person p : people) {
      JobRole role = current.get(p.id());
      String title =
          role == null
              ? "(no current role)"
              : role.jobTitle().filter(t -> !t.isBlank()).orElse("(no title)");
      String manager =
          role == null
              ? "-"
              : role.reportingTo()
                  .map(id -> names.getOrDefault(id, "unknown person " + id))
                  .orElse("-");
      out.printf("%-24s %-40s manager: %s%n", name(p), title, manager);
    }
    out.println(people.size() + " people, roles as of " + asOf);
  }

  private static String name(Person p) {
    return (p.firstName().orElse("") + " " + p.lastName().orElse("")).trim();
  }
}
