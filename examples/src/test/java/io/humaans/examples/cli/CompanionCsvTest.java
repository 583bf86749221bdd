package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import io.humaans.examples.csv.CsvFormatException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompanionCsvTest {

  @Test
  void accountsMapEveryColumn() {
    List<Account> accounts =
        AccountsCsv.parse(
            "a.csv",
            "system,id,email,accessLevel,state,lastActiveAt,deactivatedAt,nonHuman\r\n"
                + "github,gh-1, Ada@Example.com ,admin,Suspended,2026-10-22T13:00:00.000Z,"
                + "2026-10-23T09:00:00+02:00,TRUE\r\n"
                + "aws,AID1,,,active,,,\r\n");

    assertThat(accounts)
        .containsExactly(
            Account.builder()
                .system("github")
                .id("gh-1")
                .email("Ada@Example.com")
                .accessLevel("admin")
                .state("Suspended")
                .lastActiveAt(Instant.parse("2026-10-22T13:00:00Z"))
                .deactivatedAt(Instant.parse("2026-10-23T07:00:00Z"))
                .nonHuman(true)
                .build(),
            Account.builder().system("aws").id("AID1").state("active").build());
  }

  @Test
  void accountsWithoutOptionalColumnsRead() {
    assertThat(
            AccountsCsv.parse(
                "a.csv", "system,id,email,accessLevel,state\ngithub,1,a@b.c,read," + "deleted\n"))
        .singleElement()
        .extracting(Account::nonHuman, Account::lastActiveAt)
        .containsExactly(false, java.util.Optional.empty());
  }

  @Test
  void policyRowsGroupIntoOnePolicyPerSystem() {
    List<AccessPolicy> policies =
        PolicyCsv.parse(
            "p.csv",
            "system,matchOn,pattern,accessLevels\n"
                + "github,jobTitle,CTO,*\n"
                + "aws,team,Data,poweruser | readonly\n"
                + "GitHub,DEPARTMENT,Engineering*,write|read\n");

    assertThat(policies)
        .containsExactly(
            AccessPolicy.builder()
                .system("github")
                .addRules(AccessRule.builder().jobTitle("CTO").addAccessLevels("*").build())
                .addRules(
                    AccessRule.builder()
                        .department("Engineering*")
                        .addAccessLevels("write", "read")
                        .build())
                .build(),
            AccessPolicy.builder()
                .system("aws")
                .addRules(
                    AccessRule.builder()
                        .team("Data")
                        .addAccessLevels("poweruser", "readonly")
                        .build())
                .build());
  }

  @Test
  void seatsEventsAndWaiversMapTheirColumns() {
    assertThat(
            SeatsCsv.parse(
                "s.csv",
                "product,seatId,email,assignedAt,lastActivityAt\n"
                    + "figma,fig-1,a@b.c,2026-01-07T10:00:00Z,\n"))
        .containsExactly(
            Seat.builder()
                .product("figma")
                .id("fig-1")
                .email("a@b.c")
                .assignedAt(Instant.parse("2026-01-07T10:00:00Z"))
                .build());
    assertThat(EventsCsv.parse("e.csv", "email,product,timestamp\n,figma,2026-08-10T08:17:00Z\n"))
        .containsExactly(
            ActivityEvent.builder()
                .product("figma")
                .timestamp(Instant.parse("2026-08-10T08:17:00Z"))
                .build());
    assertThat(
            WaiversCsv.parse(
                "w.csv",
                "checkId,subjectId,reason,expiresOn\n"
                    + "user-identified,AID1,\"Auditor, approved\",2026-12-31\n"
                    + "unique-identity,p1,Known duplicate,\n"))
        .containsExactly(
            Waiver.builder()
                .checkId("user-identified")
                .subjectId("AID1")
                .reason("Auditor, approved")
                .expiresOn(LocalDate.of(2026, 12, 31))
                .build(),
            Waiver.builder()
                .checkId("unique-identity")
                .subjectId("p1")
                .reason("Known duplicate")
                .build());
  }

  @Test
  void bundledDemoFilesAllRead() {
    assertThat(DemoFiles.accounts()).hasSize(195);
    assertThat(DemoFiles.policies())
        .extracting(AccessPolicy::system)
        .containsExactly("github", "aws", "humaans");
    assertThat(DemoFiles.policies()).flatExtracting(AccessPolicy::rules).hasSize(15);
    assertThat(DemoFiles.seats()).hasSize(92);
    assertThat(DemoFiles.events()).hasSize(1457);
    assertThat(DemoFiles.waivers()).hasSize(2);
  }

  static Stream<Arguments> badFiles() {
    BiFunction<String, String, ?> accounts = AccountsCsv::parse;
    BiFunction<String, String, ?> seats = SeatsCsv::parse;
    BiFunction<String, String, ?> events = EventsCsv::parse;
    BiFunction<String, String, ?> policy = PolicyCsv::parse;
    BiFunction<String, String, ?> waivers = WaiversCsv::parse;
    String accountsHeader =
        "system,id,email,accessLevel,state,lastActiveAt,deactivatedAt,nonHuman\n";
    return Stream.of(
        Arguments.of(
            "unknown account state",
            accounts,
            accountsHeader + "github,gh-1,a@b.c,admin,disabled,,,\n",
            "x.csv line 2, column 25: invalid state 'disabled': expected active, suspended or"
                + " deleted"),
        Arguments.of(
            "bad timestamp",
            accounts,
            accountsHeader + "github,gh-1,a@b.c,admin,active,2026-10-22 13:00,,\n",
            "x.csv line 2, column 32: invalid lastActiveAt '2026-10-22 13:00': expected an ISO-8601"
                + " timestamp such as 2026-10-22T13:00:00Z"),
        Arguments.of(
            "bad boolean",
            accounts,
            accountsHeader + "github,gh-1,a@b.c,admin,active,,,maybe\n",
            "x.csv line 2, column 34: invalid nonHuman 'maybe': expected true or false"),
        Arguments.of(
            "blank account id",
            accounts,
            accountsHeader + "github,gh-1,a@b.c,admin,active,,,\ngithub, ,a@b.c,admin,active,,,\n",
            "x.csv line 3, column 8: invalid id ' ': a value is required"),
        Arguments.of(
            "missing column",
            accounts,
            "system,id,email,state\n",
            "x.csv line 1: missing required column 'accessLevel' (header: system, id, email,"
                + " state)"),
        Arguments.of(
            "optional account column in another case (its dates would be lost)",
            accounts,
            "system,id,email,accessLevel,state,deactivatedat\n"
                + "github,gh-1,a@b.c,admin,suspended,2026-11-20\n",
            "x.csv line 1, column 35: column 'deactivatedat' must be spelled 'deactivatedAt'"
                + " (column names are case-sensitive; it would be ignored)"),
        Arguments.of(
            "optional seat column in another case, after blank lines",
            seats,
            "\n\nproduct;seatId;email;assignedAt;LastActivityAt\n"
                + "figma;fig-1;a@b.c;2026-01-05;2026-10-29\n",
            "x.csv line 3, column 33: column 'LastActivityAt' must be spelled 'lastActivityAt'"
                + " (column names are case-sensitive; it would be ignored)"),
        Arguments.of(
            "bad seat date",
            seats,
            "product,seatId,email,assignedAt\n" + "figma,fig-1,a@b.c,2026-02-30T10:00:00Z\n",
            "x.csv line 2, column 19: invalid assignedAt '2026-02-30T10:00:00Z': expected an"
                + " ISO-8601 timestamp such as 2026-10-22T13:00:00Z"),
        Arguments.of(
            "event without timestamp",
            events,
            "email,product,timestamp\na@b.c,figma,\n",
            "x.csv line 2, column 13: invalid timestamp '': a value is required"),
        Arguments.of(
            "unknown matchOn",
            policy,
            "system,matchOn,pattern,accessLevels\n" + "github,role,CTO,*\n",
            "x.csv line 2, column 8: invalid matchOn 'role': expected department, jobTitle or"
                + " team"),
        Arguments.of(
            "empty access level",
            policy,
            "system,matchOn,pattern,accessLevels\n" + "github,team,Platform,write||read\n",
            "x.csv line 2, column 22: invalid accessLevels 'write||read': empty access level"
                + " (separate levels with |, e.g. write|read, or use *)"),
        Arguments.of(
            "bad waiver date",
            waivers,
            "checkId,subjectId,reason,expiresOn\n" + "user-identified,AID1,ok,31/12/2026\n",
            "x.csv line 2, column 25: invalid expiresOn '31/12/2026': expected a date YYYY-MM-DD"
                + " such as 2026-12-31"),
        Arguments.of(
            "unknown check id",
            waivers,
            "checkId,subjectId,reason,expiresOn\n" + "user-identifed,AID1,ok,\n",
            "x.csv line 2, column 1: invalid checkId 'user-identifed': unknown check (known:"
                + " access-valid, activity-trend, employment-dates-consistent,"
                + " joining-date-provided, offboarded-access-removed, one-account-per-person,"
                + " reclaimable-seats, reporting-line-acyclic, reporting-manager-assigned,"
                + " staff-role-assigned, unique-identity, user-identified)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badValuesNameFileLineAndColumn(
      String name, BiFunction<String, String, ?> parser, String text, String message) {
    assertThatThrownBy(() -> parser.apply("x.csv", text))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(message);
  }
}
