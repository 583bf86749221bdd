package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonJsonTest {
  private final List<Person> people = Fixtures.data("people.json", Person.class);
  private final Person ingrid = people.get(0);
  private final Person tomasz = people.get(1);

  @Test
  void readsFullyPopulatedPerson() {
    assertThat(people).hasSize(3);
    assertThat(ingrid.id()).isEqualTo("Qw7hT2mZpL9vXc4RbN8sKd1F");
    assertThat(ingrid.firstName()).contains("Ingrid");
    assertThat(ingrid.preferredName()).contains("Inga");
    assertThat(ingrid.locationId()).contains("remote");
    assertThat(ingrid.birthday()).contains(LocalDate.of(1991, 11, 3));
    assertThat(ingrid.employmentStartDate()).contains(LocalDate.of(2022, 4, 1));
    assertThat(ingrid.firstWorkingDay()).contains(LocalDate.of(2022, 4, 4));
    assertThat(ingrid.createdAt()).contains(Instant.parse("2022-03-14T10:02:17.341Z"));
    assertThat(ingrid.seenDocumentsAt()).contains(Instant.parse("2024-09-02T13:20:05.120Z"));
    assertThat(ingrid.isVerified()).contains(true);
    assertThat(ingrid.isWorkEmailHidden()).contains(false);
    assertThat(ingrid.nationalities()).containsExactly("Norwegian", "Danish");
    assertThat(ingrid.workingDays())
        .extracting(d -> d.day().orElseThrow())
        .containsExactly("monday", "tuesday", "wednesday", "thursday");
    assertThat(ingrid.teams())
        .extracting(t -> t.name().orElseThrow())
        .containsExactly("Platform", "On-call");
    assertThat(ingrid.profilePhoto().orElseThrow().variants())
        .hasSize(8)
        .containsEntry("64", "https://img.northwind-labs.example/p/Pp3v-64.jpg");
    assertThat(ingrid.status()).contains(PersonStatus.ACTIVE);
    assertThat(ingrid.directReports()).containsExactly("Zr4kM9sWq1TbE7yHc2LnVp6G");
    assertThat(ingrid.calendarFeedToken()).contains("cft_9Xk2Lm7Qp4Rs8Tv1");
  }

  @Test
  void nullAndMissingBothReadAsEmpty() {
    assertThat(tomasz.middleName()).isEmpty(); // explicit null
    assertThat(tomasz.address()).isEmpty(); // key missing
    assertThat(tomasz.profilePhoto()).isEmpty();
    assertThat(tomasz.teams()).isEmpty();
    assertThat(tomasz.directReports()).isEmpty(); // list key missing
    assertThat(tomasz.status().orElseThrow().known()).isEqualTo(PersonStatus.Known.NEW_HIRE);
    assertThat(people.get(2).status()).contains(PersonStatus.OFFBOARDED);
    assertThat(people.get(2).employmentEndDate()).contains(LocalDate.of(2024, 5, 31));
  }

  @Test
  void keepsUnknownFieldsAsExtras() {
    assertThat(ingrid.extraProperties())
        .containsEntry("pronouns", "she/her")
        .containsEntry(
            "jobRole", Map.of("jobTitle", "Senior Platform Engineer", "department", "Engineering"));
    assertThat(tomasz.extraProperties()).isEmpty();
  }

  @Test
  void toStringOmitsCalendarFeedTokenAndExtras() {
    String text = ingrid.toString();
    assertThat(text).startsWith("Person{id=Qw7hT2mZpL9vXc4RbN8sKd1F").contains("firstName=Ingrid");
    assertThat(text).doesNotContain("calendarFeedToken").doesNotContain("cft_9Xk2");
    assertThat(text).doesNotContain("pronouns").doesNotContain("extraProperties");
  }

  @Test
  void extrasAreExcludedFromEquality() {
    Person withoutExtras = Person.builder().from(ingrid).extraProperties(Map.of()).build();
    assertThat(withoutExtras).isEqualTo(ingrid).hasSameHashCodeAs(ingrid);
    assertThat(Person.builder().from(ingrid).firstName("Inge").build()).isNotEqualTo(ingrid);
  }

  @Test
  void singlePersonFixtureMatchesFirstListRow() {
    Person single = Fixtures.object("person.json", Person.class);
    assertThat(single).isEqualTo(ingrid);
    assertThat(single.extraProperties()).isEqualTo(ingrid.extraProperties());
  }
}
