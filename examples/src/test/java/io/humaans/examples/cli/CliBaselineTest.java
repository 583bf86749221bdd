package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.Baseline;
import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.InputSizes;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --baseline} and {@code --fail-on}: the demo report compared with edited copies. */
class CliBaselineTest {
  private static final Pattern CHANGE = Pattern.compile("\"change\": \"(NEW|UNCHANGED)\"");

  @TempDir static Path dir;
  static String today;
  static final CliRun cli = new CliRun();

  @BeforeAll
  static void demoReport() {
    CliRun.Result r = cli.run(Map.of(), "report", "--demo", "--format", "json", "-q");
    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    today = r.out;
  }

  /** Today's demo report as JSON, compared with {@code baseline}. */
  private static CliRun.Result jsonReportAgainst(Path baseline) {
    return cli.run(
        Map.of(), "report", "--demo", "--format", "json", "-q", "--baseline", baseline.toString());
  }

  /** How many results fail in today's demo report (counted, so new demo faults need no edit). */
  private static int failuresToday() {
    int n =
        (int) today.lines().filter(l -> l.contains("\"status\": \"FAIL\", \"reasonCode\"")).count();
    assertThat(n).as("failing results in the demo report").isGreaterThan(20);
    return n;
  }

  /** The demo report without its first failing result (so that one is new today). */
  private static Path withoutOneFailure() throws IOException {
    List<String> lines = new ArrayList<>(today.lines().toList());
    int i = indexOf(lines, "\"status\": \"FAIL\", \"reasonCode\"");
    assertThat(lines.get(i + 1)).as("not the last result").startsWith("    {");
    lines.remove(i);
    return write("fewer.json", String.join("\n", lines) + "\n");
  }

  /** The demo report with a passing seat failing (so that one is resolved today). */
  private static Path withOneMoreFailure() throws IOException {
    List<String> lines = new ArrayList<>(today.lines().toList());
    int i = indexOf(lines, "\"subjectId\": \"fig-0001\"");
    assertThat(lines.get(i)).contains("\"status\": \"PASS\"");
    lines.set(i, lines.get(i).replace("\"status\": \"PASS\"", "\"status\": \"FAIL\""));
    return write("more.json", String.join("\n", lines) + "\n");
  }

  @Test
  void aBaselineWithOneFailureFewerYieldsExactlyOneNew() throws IOException {
    Path baseline = withoutOneFailure();

    CliRun.Result r = jsonReportAgainst(baseline);

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(changes(r.out, "NEW")).containsExactly("access-valid AIDA1ID0E");
    assertThat(changes(r.out, "UNCHANGED")).hasSize(failuresToday() - 1);
    assertThat(r.out).contains("\"resolved\": []");
    assertThat(r.out)
        .contains("\"subjectId\": \"AIDA1ID0E\"")
        .contains("\"change\": \"NEW\", \"failingSince\": \"2026-11-02\"");
  }

  @Test
  void aBaselineWithOneMoreFailureYieldsExactlyOneResolved() throws IOException {
    Path baseline = withOneMoreFailure();

    CliRun.Result r = jsonReportAgainst(baseline);

    assertThat(changes(r.out, "NEW")).isEmpty();
    assertThat(r.out)
        .contains(
            "\"resolved\": [\n    {\"checkId\": \"reclaimable-seats\","
                + " \"subjectId\": \"fig-0001\", \"label\": \"figma ")
        .containsOnlyOnce("\"failingSince\": \"2026-11-02\", \"statusNow\": \"PASS\"}");
    assertThat(
            r.out
                .substring(r.out.indexOf("\"resolved\""))
                .lines()
                .filter(l -> l.contains("checkId")))
        .hasSize(1);
  }

  @Test
  void theReportItselfAsBaselineYieldsNoChange() throws IOException {
    Path baseline = write("same.json", today);

    CliRun.Result json = jsonReportAgainst(baseline);
    CliRun.Result text =
        cli.run(Map.of(), "report", "--demo", "-q", "--baseline", baseline.toString());

    assertThat(changes(json.out, "NEW")).isEmpty();
    assertThat(changes(json.out, "UNCHANGED")).hasSize(failuresToday());
    assertThat(json.out).contains("\"resolved\": []");
    assertThat(text.out).contains("Since the baseline of 2026-11-02: 0 new failures, 0 resolved");
    assertThat(text.out.indexOf("Since the baseline")).isLessThan(text.out.indexOf("Checks:"));
  }

  @Test
  void textAndHtmlShowTheChangeFirst() throws IOException {
    Path baseline = withoutOneFailure();

    CliRun.Result text =
        cli.run(Map.of(), "report", "--demo", "-q", "--baseline", baseline.toString());
    CliRun.Result html =
        cli.run(
            Map.of(),
            "report",
            "--demo",
            "-q",
            "--format",
            "html",
            "--baseline",
            baseline.toString());

    assertThat(text.out)
        .contains(
            "Since the baseline of 2026-11-02: 1 new failure, 0 resolved\n"
                + "  NEW       access-valid  aws Zoe.Adams@Northwind-Labs.Example (AIDA1ID0E):"
                + " ROLE_NOT_ALLOWED\n");
    assertThat(text.out.indexOf("Since the baseline")).isLessThan(text.out.indexOf("Checks:"));
    assertThat(text.out)
        .contains(
            "(AIDA1ID0E): ROLE_NOT_ALLOWED. No rule of the policy applies"
                + " to the holder's department, job title or teams. [NEW]\n");
    assertThat(text.out).contains(" [since 2026-11-02]\n");
    assertThat(html.out.indexOf("id=\"changes\""))
        .isPositive()
        .isLessThan(html.out.indexOf("id=\"summary\""));
    assertThat(html.out)
        .containsOnlyOnce(
            "<span class=\"badge NEW\">NEW</span></td><td><code>" + "access-valid</code>");
  }

  @Test
  void aFailureWaivedSinceTheBaselineIsShownWaivedNotResolvedInGreen() throws IOException {
    // The demo waives AIDA1H04M; in a baseline from before the waiver it failed.
    List<String> lines = new ArrayList<>(today.lines().toList());
    int i = indexOf(lines, "\"subjectId\": \"AIDA1H04M\"");
    lines.set(i, lines.get(i).replace("\"status\": \"WAIVED\"", "\"status\": \"FAIL\""));
    Path baseline = write("before-waiver.json", String.join("\n", lines) + "\n");

    CliRun.Result json = jsonReportAgainst(baseline);
    CliRun.Result text =
        cli.run(Map.of(), "report", "--demo", "-q", "--baseline", baseline.toString());
    CliRun.Result html =
        cli.run(
            Map.of(),
            "report",
            "--demo",
            "-q",
            "--format",
            "html",
            "--baseline",
            baseline.toString());

    assertThat(json.out)
        .contains(
            "\"resolved\": [\n    {\"checkId\": \"user-identified\", \"subjectId\": \"AIDA1H04M\","
                + " \"label\": \"aws auditor@audit-partners.example\", \"failingSince\": \"2026-11-02\","
                + " \"statusNow\": \"WAIVED\"}\n  ]");
    assertThat(text.out)
        .contains(
            "Since the baseline of 2026-11-02: 0 new failures, 1 resolved (1 now waived)\n"
                + "  WAIVED    user-identified  aws auditor@audit-partners.example (AIDA1H04M)"
                + " (failing since 2026-11-02)\n");
    assertThat(html.out)
        .contains("<div class=\"tile RESOLVED\"><span class=\"n\">0</span>resolved</div>")
        .contains("<div class=\"tile WAIVED\"><span class=\"n\">1</span>now waived</div>")
        .contains(
            "<tr><td><span class=\"badge WAIVED\">WAIVED</span></td><td><code>user-identified");
  }

  @Test
  void failOnNewExitsOneOnlyForNewFailures() throws IOException {
    String fewer = withoutOneFailure().toString();
    String more = withOneMoreFailure().toString();
    String same = write("same2.json", today).toString();

    assertThat(status("--baseline", fewer, "--fail-on", "new")).isEqualTo(1);
    assertThat(status("--baseline", more, "--fail-on", "new")).isEqualTo(0);
    assertThat(status("--baseline", same, "--fail-on", "new")).isEqualTo(0);
    assertThat(status("--baseline", same, "--fail-on", "any")).isEqualTo(1);
    assertThat(status("--baseline", same)).isEqualTo(1);
    assertThat(status("--fail-on", "new"))
        .as("without a baseline every failure is new")
        .isEqualTo(1);
  }

  @Test
  void failOnNewStillFailsOnAnIncompleteCheck() {
    Report incomplete = report(Status.INCOMPLETE, Map.of(Status.INCOMPLETE, 1));
    Report failedOnceIncompleteOnce =
        report(Status.FAIL, Map.of(Status.FAIL, 1, Status.INCOMPLETE, 1));
    Report failed = report(Status.FAIL, Map.of(Status.FAIL, 1));
    Baseline none = Baseline.builder().checkIds(List.of("c")).build();
    Baseline known =
        Baseline.builder()
            .checkIds(List.of("c"))
            .addFailure("c", "s1", java.time.LocalDate.of(2026, 10, 1))
            .build();

    assertThat(RunStatus.onlyKnownFailures(incomplete, incomplete.compareWith(none))).isFalse();
    assertThat(
            RunStatus.onlyKnownFailures(
                failedOnceIncompleteOnce, failedOnceIncompleteOnce.compareWith(known)))
        .isFalse();
    assertThat(RunStatus.onlyKnownFailures(failed, failed.compareWith(known))).isTrue();
    assertThat(RunStatus.onlyKnownFailures(failed, failed.compareWith(none))).isFalse();
    assertThat(RunStatus.onlyKnownFailures(failed, null)).isFalse();
  }

  private static Report report(Status outcome, Map<Status, Integer> counts) {
    Map<Status, Integer> all = new java.util.EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      all.put(s, counts.getOrDefault(s, 0));
    }
    Report.Builder b =
        Report.builder()
            .asOf(java.time.LocalDate.of(2026, 11, 2))
            .inputs(
                InputSizes.builder()
                    .people(1)
                    .jobRoles(0)
                    .jobRolesWithoutPerson(0)
                    .accounts(0)
                    .seats(0)
                    .events(0)
                    .policies(0)
                    .waivers(0)
                    .accountLinks(0)
                    .build())
            .partial(false)
            .addChecks(
                CheckOutcome.builder()
                    .checkId("c")
                    .title("C")
                    .subjectType("person")
                    .status(outcome)
                    .counts(all)
                    .total(counts.values().stream().mapToInt(i -> i).sum())
                    .build());
    if (counts.containsKey(Status.FAIL)) {
      b.addResults(CheckResult.of("c", "person", "s1", Status.FAIL, "X", "Fails."));
    }
    if (counts.containsKey(Status.INCOMPLETE)) {
      b.addResults(CheckResult.of("c", "person", "s2", Status.INCOMPLETE, "Y", "Unknown."));
    }
    return b.build();
  }

  @Test
  void aBaselineThatIsNotOurReportIsAUsageErrorNamingTheFile() throws IOException {
    Path notJson = write("notes.json", "hello\n");
    Path otherJson = write("other.json", "{\"name\": \"x\", \"results\": []}\n");
    Path array = write("array.json", "[1, 2]\n");
    Path seats =
        write(
            "seats-only.json", cli.run(Map.of(), "seats", "--demo", "--format", "json", "-q").out);

    for (Path p : List.of(notJson, otherJson, array)) {
      CliRun.Result r = cli.run(Map.of(), "report", "--demo", "--baseline", p.toString());
      assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
      assertThat(r.err)
          .contains("humaans: --baseline " + p + ": not a JSON report of this" + " program");
      assertThat(r.out).isEmpty();
    }
    assertThat(cli.run(Map.of(), "report", "--demo", "--baseline", notJson.toString()).err)
        .contains(
            "humaans: --baseline "
                + notJson
                + ": not a JSON report of this program"
                + " (not valid JSON)\n");
    assertThat(cli.run(Map.of(), "report", "--demo", "--baseline", otherJson.toString()).err)
        .contains(": not a JSON report of this program (it lacks asOf)\n");
    CliRun.Result other = cli.run(Map.of(), "report", "--demo", "--baseline", seats.toString());
    assertThat(other.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(other.err)
        .contains(
            "humaans: --baseline "
                + seats
                + ": a report of a different"
                + " check set (it lacks access-valid, employment-dates-consistent");
    CliRun.Result missing =
        cli.run(Map.of(), "report", "--demo", "--baseline", dir.resolve("nope.json").toString());
    assertThat(missing.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(missing.err).contains("--baseline " + dir.resolve("nope.json") + ": no such file");
  }

  @Test
  void aBaselineNamingItsResultsTwiceIsRejectedNotHalfRead() throws IOException {
    // The second "results" would replace the first, turning its failures into NEW ones.
    Path twice =
        write(
            "twice.json",
            "{\"asOf\": \"2026-11-02\", \"checks\": [{\"checkId\": \"user-identified\"}],"
                + " \"results\": [{\"checkId\": \"user-identified\", \"subjectId\": \"a1\","
                + " \"status\": \"FAIL\"}], \"results\": []}\n");
    assertThatThrownBy(() -> BaselineFile.read(twice))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "--baseline "
                + twice
                + ": not a JSON report of this program ('results' appears twice in the report"
                + " object)");
  }

  @Test
  void aTruncatedBaselineIsNotValidJsonNotAReadError() throws IOException {
    // Cut after a whole line, as a full disk or a killed job leaves it: Moshi says "End of input".
    Path truncated =
        write("truncated.json", today.substring(0, today.indexOf("\n", today.length() / 2) + 1));

    CliRun.Result r = cli.run(Map.of(), "report", "--demo", "--baseline", truncated.toString());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .contains(
            "humaans: --baseline "
                + truncated
                + ": not a JSON report of this program (not valid JSON: it ends before the"
                + " report does; is the file truncated?)\n");
    assertThat(r.out).isEmpty();
  }

  @Test
  void aBaselineResultWithAStatusOfNoReportIsRejectedNotReadAsPassing() throws IOException {
    // "Fail" is no status of ours: read as not failing, every failure today would be NEW.
    Path lower = write("lower.json", today.replace("\"status\": \"FAIL\"", "\"status\": \"Fail\""));

    CliRun.Result r = cli.run(Map.of(), "report", "--demo", "--baseline", lower.toString());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .contains(
            "humaans: --baseline "
                + lower
                + ": not a JSON report of this program (unknown status 'Fail' at $.results[");
  }

  @Test
  void hostileSubjectIdsAndLabelsSurviveTheJsonRoundTripIntoABaseline()
      throws IOException, UsageException {
    List<String> hostile =
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1,-2;@3",
            "line\nnext\r\nend\rcr",
            "nul\u0000bell\u0007del\u007fc1\u0085",
            "lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00",
            "\u202Ertl\u200Bzero\u2028sep",
            "</script><!-- \\\" '",
            "x".repeat(100_000));
    Report.Builder b =
        Report.builder()
            .asOf(java.time.LocalDate.of(2026, 11, 2))
            .partial(false)
            .inputs(
                InputSizes.builder()
                    .people(0)
                    .jobRoles(0)
                    .jobRolesWithoutPerson(0)
                    .accounts(hostile.size())
                    .seats(0)
                    .events(0)
                    .policies(0)
                    .waivers(0)
                    .accountLinks(0)
                    .build())
            .addChecks(
                CheckOutcome.builder()
                    .checkId("user-identified")
                    .title("User identified")
                    .subjectType("account")
                    .status(Status.FAIL)
                    .counts(Map.of(Status.FAIL, hostile.size()))
                    .total(hostile.size())
                    .build());
    for (int i = 0; i < hostile.size(); i++) {
      b.addResults(
          CheckResult.builder()
              .checkId("user-identified")
              .subjectType("account")
              .subjectId(i + hostile.get(i))
              .label("github " + hostile.get(i))
              .status(Status.FAIL)
              .reasonCode("UNIDENTIFIED")
              .detail("No person has the account's email.")
              .putEvidence("email", hostile.get(i))
              .build());
    }
    Report report = b.build();
    Path file = dir.resolve("hostile.json");
    Files.write(file, report.toJson().getBytes(StandardCharsets.UTF_8));

    Baseline baseline = BaselineFile.read(file);

    assertThat(baseline.failures())
        .extracting(f -> f.subjectId() + " | " + f.label())
        .containsExactlyElementsOf(
            report.results().stream().map(r -> r.subjectId() + " | " + r.label()).toList());
    assertThat(report.compareWith(baseline).newFailures()).isEmpty();
  }

  @Test
  void aBaselineDatedAfterAsOfIsAUsageErrorBeforeAnyRequest() throws IOException {
    // Today's demo report (2026-11-02) as the baseline of a run as of the day before.
    Path later = write("later.json", today);

    CliRun.Result r =
        cli.run(
            Map.of(), "report", "--demo", "--as-of", "2026-11-01", "--baseline", later.toString());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .contains(
            "humaans: --baseline "
                + later
                + ": a report as of 2026-11-02, after this report's 2026-11-01 (--as-of);"
                + " compare with an earlier report\n")
        .doesNotContain("people 250/301");
    assertThat(r.out).isEmpty();
  }

  @Test
  void failOnTakesAnyOrNew() {
    CliRun.Result r = cli.run(Map.of(), "report", "--demo", "--fail-on", "some");

    assertThat(r.status).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err).contains("invalid --fail-on 'some': expected any or new");
  }

  private static int status(String... args) {
    List<String> line = new ArrayList<>();
    if (!args[0].startsWith("-")) {
      line.add(args[0]);
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    } else {
      line.add("report");
    }
    line.addAll(List.of("--demo", "-q", "--format", "json"));
    line.addAll(List.of(args));
    CliRun.Result r = cli.run(Map.of(), line.toArray(String[]::new));
    assertThat(r.err).as(r.toString()).isEmpty();
    return r.status;
  }

  /** "checkId subjectId" of each failing result marked {@code change}. */
  private static List<String> changes(String json, String change) {
    List<String> out = new ArrayList<>();
    for (String line : json.lines().toList()) {
      Matcher m = CHANGE.matcher(line);
      if (m.find() && m.group(1).equals(change)) {
        out.add(field(line, "checkId") + " " + field(line, "subjectId"));
      }
    }
    return out;
  }

  private static String field(String line, String name) {
    Matcher m = Pattern.compile("\"" + name + "\": \"([^\"]*)\"").matcher(line);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
