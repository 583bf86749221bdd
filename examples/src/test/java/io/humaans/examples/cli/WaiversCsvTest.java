package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Waiver;
import io.humaans.examples.csv.CsvFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The waivers file's optional {@code system} column, read and applied by the CLI. */
class WaiversCsvTest {
  /** One account id in two systems. */
  private static final String ALICE_IN_SLACK_AND_GITHUB =
      "system,id,email,accessLevel,state\n"
          + "slack,alice@corp.example,alice@corp.example,member,active\n"
          + "github,alice@corp.example,alice@corp.example,write,active\n";

  private static final String HEADER = "checkId,subjectId,reason,expiresOn,system\n";

  @TempDir Path dir;

  @Test
  void readsTheSystemColumnAndABlankSystemIsNone() {
    assertThat(
            WaiversCsv.parse(
                "w.csv",
                HEADER
                    + "user-identified,alice@corp.example,Auditor,2026-12-31, GitHub \n"
                    + "user-identified,bob,Bot,,\n"))
        .containsExactly(
            Waiver.builder()
                .checkId("user-identified")
                .subjectId("alice@corp.example")
                .reason("Auditor")
                .expiresOn(LocalDate.of(2026, 12, 31))
                .system("GitHub")
                .build(),
            Waiver.builder().checkId("user-identified").subjectId("bob").reason("Bot").build());
  }

  @Test
  void aFileWithoutTheSystemColumnReadsAsBefore() {
    assertThat(
            WaiversCsv.parse(
                "w.csv", "reason,subjectId,checkId,expiresOn\nok,p1,unique-identity,\n"))
        .containsExactly(
            Waiver.builder().checkId("unique-identity").subjectId("p1").reason("ok").build());
  }

  @Test
  void aPersonInSystemWaiverMayNameTheSystemItsSubjectIdEndsWith() {
    assertThat(
            WaiversCsv.parse(
                "w.csv",
                HEADER + "one-account-per-person,p1/github,Admin and user login,,GitHub\n"))
        .extracting(w -> w.system().orElseThrow())
        .containsExactly("GitHub");
  }

  @Test
  void aPersonInSystemWaiverNamesTheSystemAsInTheAccountsFileNotAsEscapedInItsSubjectId() {
    assertThat(
            WaiversCsv.parse(
                "w.csv", HEADER + "one-account-per-person,p1/okta%2Fsso,Admin login,,Okta/SSO\n"))
        .extracting(w -> w.system().orElseThrow())
        .containsExactly("Okta/SSO");
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "a system on a check about persons",
            HEADER + "staff-role-assigned,p1,Contractor,,github\n",
            "x.csv line 2, column 36: invalid system 'github': staff-role-assigned judges person"
                + " subjects, which have no system; only waivers of account checks (access-valid,"
                + " offboarded-access-removed, one-account-per-person, user-identified) name one"
                + " (leave it blank)"),
        Arguments.of(
            "a system on a check about seats",
            HEADER + "reclaimable-seats,fig-1,Kept for audits,,figma\n",
            "x.csv line 2, column 42: invalid system 'figma': reclaimable-seats judges seat"
                + " subjects, which have no system; only waivers of account checks (access-valid,"
                + " offboarded-access-removed, one-account-per-person, user-identified) name one"
                + " (leave it blank)"),
        Arguments.of(
            "a person-in-system subject of another system",
            HEADER + "one-account-per-person,p1/github,ok,,slack\n",
            "x.csv line 2, column 38: invalid system 'slack': the subject id 'p1/github' is in"
                + " system 'github' (leave system blank, or give that one)"),
        Arguments.of(
            "a system value without a header column",
            "checkId,subjectId,reason,expiresOn\nuser-identified,alice,ok,,github\n",
            "x.csv line 2, column 27: expected 4 fields but found 5 (extra field starts here)"),
        Arguments.of(
            "a field after the system",
            HEADER + "user-identified,alice,ok,,github,slack\n",
            "x.csv line 2, column 34: expected 5 fields but found 6 (extra field starts here)"),
        Arguments.of(
            "the system column in another case (its values would be lost)",
            "checkId,subjectId,reason,expiresOn,System\nuser-identified,alice,ok,,github\n",
            "x.csv line 1, column 36: column 'System' must be spelled 'system' (column names are"
                + " case-sensitive; it would be ignored)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badSystemsNameFileLineAndColumn(String name, String text, String message) {
    assertThatThrownBy(() -> WaiversCsv.parse("x.csv", text))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(message);
  }

  @Test
  void theCliWaivesOnlyTheAccountOfTheWaiversSystem() throws IOException {
    Path accounts = write("accounts.csv", ALICE_IN_SLACK_AND_GITHUB);
    Path waivers =
        write("waivers.csv", HEADER + "user-identified,alice@corp.example,Auditor,,slack\n");

    CliRun.Result r = access(accounts, waivers);

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out)
        .contains("\nuser-identified,account,alice@corp.example,FAIL,UNIDENTIFIED,")
        .contains("\nuser-identified,account,alice@corp.example#2,WAIVED,UNIDENTIFIED,");
  }

  @Test
  void theCliReportsAWaiverWithoutSystemOnASharedIdAsAmbiguous() throws IOException {
    Path accounts = write("accounts.csv", ALICE_IN_SLACK_AND_GITHUB);
    Path waivers =
        write(
            "waivers.csv",
            "checkId,subjectId,reason,expiresOn\nuser-identified,alice@corp.example,Auditor,\n");

    CliRun.Result r = access(accounts, waivers);

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.out)
        .containsPattern(
            "\nuser-identified,account,alice@corp.example,FAIL,UNIDENTIFIED,[^\n]*"
                + "waiverAmbiguous=\\[github, slack\\]")
        .doesNotContain("WAIVED,UNIDENTIFIED");
  }

  @Test
  void theCliWarnsOfAWaiverThatNamesNoSubjectOfItsCheck() throws IOException {
    Path accounts = write("accounts.csv", ALICE_IN_SLACK_AND_GITHUB);
    Path waivers =
        write(
            "waivers.csv",
            HEADER
                + "user-identified,alice@corp.example,Auditor,,slack\n"
                + "user-identified,alice@corp.exmaple,Typo,,\n"
                + "reclaimable-seats,seat-1,Not run by access,,\n");

    CliRun.Result r = access(accounts, waivers);

    assertThat(r.err)
        .contains(
            "warning: the waiver of user-identified for 'alice@corp.exmaple' names no subject of"
                + " that check (a mistyped id, or one that is gone): it waives nothing")
        .doesNotContain("for 'alice@corp.example'")
        .doesNotContain("seat-1");
    assertThat(r.out).contains("\nuser-identified,account,alice@corp.example#2,WAIVED,");
  }

  @Test
  void theCliRejectsASystemOnAPersonWaiverWithExitTwo() throws IOException {
    Path waivers = write("waivers.csv", HEADER + "staff-role-assigned,p1,Contractor,,github\n");

    CliRun.Result r =
        new CliRun().run(Map.of(), "access", "--demo", "--waivers", waivers.toString());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err).startsWith("humaans: waivers.csv line 2, column 36: invalid system 'github'");
  }

  private CliRun.Result access(Path accounts, Path waivers) {
    return new CliRun()
        .run(
            Map.of(),
            "access",
            "--demo",
            "--accounts",
            accounts.toString(),
            "--waivers",
            waivers.toString(),
            "--format",
            "csv");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
