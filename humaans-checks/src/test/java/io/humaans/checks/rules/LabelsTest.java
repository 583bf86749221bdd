package io.humaans.checks.rules;

import static io.humaans.checks.rules.Company.company;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckResult;
import io.humaans.checks.Report;
import org.junit.jupiter.api.Test;

/** Every subject type gets a human label, in the result, the JSON and the CSV. */
class LabelsTest {
  private static Company people() {
    return company()
        .employee("p1", p -> p.firstName("Ana").lastName("Lima"))
        .employee("p2", p -> p.firstName(" Bo ").lastName((String) null).email((String) null))
        .employee("p3");
  }

  @Test
  void aPersonIsNameAndEmailOrWhatThereIs() {
    Company c = people();
    StaffRoleAssignedCheck check = new StaffRoleAssignedCheck();
    assertThat(c.judge(check, "p1").label()).isEqualTo("Ana Lima <p1@example.com>");
    assertThat(c.judge(check, "p2").label()).isEqualTo("Bo");
    assertThat(c.judge(check, "p3").label()).isEqualTo("p3@example.com");
    Report report = c.report(check);
    assertThat(report.toJson())
        .contains("\"subjectId\": \"p1\", \"label\": \"Ana Lima <p1@example.com>\", \"status\"");
    assertThat(report.toCsv())
        .startsWith("checkId,subjectType,subjectId,status,reasonCode,detail,evidence,label\n")
        .contains(",Ana Lima <p1@example.com>\n");
  }

  @Test
  void anAccountIsSystemAndEmailOrId() {
    Company c =
        people()
            .account("a1", "p1@example.com", a -> a.system("GitHub "))
            .account("a2", "x", a -> a.email((String) null));
    UserIdentifiedCheck check = new UserIdentifiedCheck();
    assertThat(c.judge(check, "a1").label()).isEqualTo("GitHub p1@example.com");
    assertThat(c.judge(check, "a2").label()).isEqualTo("github a2");
    assertThat(c.report(check).toCsv())
        .contains(",GitHub p1@example.com\n")
        .contains(",github a2\n");
  }

  @Test
  void aHumaansRoleMembershipIsTheRoleAndTheLinkedPersonsEmail() {
    Company c =
        people()
            .account("m1", "x", a -> a.system("humaans").email((String) null).accessLevel("Admins"))
            .link("humaans", "m1", "p1")
            .account("m2", "x", a -> a.system("humaans").email((String) null).accessLevel("Tech"))
            .link("humaans", "m2", "gone");
    UserIdentifiedCheck check = new UserIdentifiedCheck();
    assertThat(c.judge(check, "m1").label()).isEqualTo("humaans Admins p1@example.com");
    assertThat(c.judge(check, "m2").label()).isEqualTo("humaans Tech (unknown person gone)");
  }

  @Test
  void aHumaansRoleMembershipOfAKnownPersonWithoutEmailIsTheirNameNotAnUnknownPerson() {
    Company c =
        people()
            .person("p4", p -> p.firstName((String) null).lastName((String) null).email(" "))
            .account("m3", "x", a -> a.system("humaans").email((String) null).accessLevel("Tech"))
            .link("humaans", "m3", "p2")
            .account("m4", "x", a -> a.system("humaans").email((String) null).accessLevel("Tech"))
            .link("humaans", "m4", "p4");
    UserIdentifiedCheck check = new UserIdentifiedCheck();
    assertThat(c.judge(check, "m3").label()).isEqualTo("humaans Tech Bo");
    assertThat(c.judge(check, "m3").status()).isEqualTo(io.humaans.checks.Status.PASS);
    assertThat(c.judge(check, "m4").label()).isEqualTo("humaans Tech p4");
  }

  @Test
  void aPersonInASystemIsThePersonAndTheSystem() {
    Company c = people().account("a1", "p1@example.com").account("a2", "p1@example.com");
    CheckResult r = c.judge(new OneAccountPerPersonCheck(), "p1/github");
    assertThat(r.label()).isEqualTo("Ana Lima <p1@example.com> in github");
  }

  @Test
  void aSeatIsProductAndEmailOrId() {
    Company c =
        people().seat("s1", "p1@example.com", s -> s).seat("s2", "x", s -> s.email((String) null));
    ReclaimableSeatsCheck check = new ReclaimableSeatsCheck();
    assertThat(c.judge(check, "s1").label()).isEqualTo("Figma p1@example.com");
    assertThat(c.judge(check, "s2").label()).isEqualTo("Figma s2");
    assertThat(c.report(check).toJson()).contains("\"label\": \"Figma p1@example.com\"");
  }

  @Test
  void aProductIsItsName() {
    Company c = people().seat("s1", "p1@example.com", s -> s).event("p1@example.com", -3);
    ActivityTrendCheck check = new ActivityTrendCheck();
    assertThat(c.judge(check, "Figma").label()).isEqualTo("Figma");
    assertThat(c.report(check).toCsv()).endsWith(",Figma\n");
  }

  @Test
  void aResultBuiltByHandIsLabelledWithItsSubjectIdUnlessGivenOne() {
    CheckResult.Builder b =
        CheckResult.builder()
            .checkId("c")
            .subjectType("person")
            .subjectId("p9")
            .status(io.humaans.checks.Status.PASS)
            .reasonCode("OK")
            .detail("d");
    assertThat(b.build().label()).isEqualTo("p9");
    assertThat(b.label("Nine").build().label()).isEqualTo("Nine");
    assertThat(CheckResult.builder().from(b.build()).build().label()).isEqualTo("Nine");
  }
}
