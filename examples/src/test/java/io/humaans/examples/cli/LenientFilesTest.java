package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Seat;
import io.humaans.examples.csv.CsvFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as spreadsheet tools export them: dates without times, semicolons, tabs, Latin-1. */
class LenientFilesTest {
  @TempDir Path dir;

  @Test
  void dateOnlyAccountTimestampsAreTheStartOfThatDayInUtc() {
    assertThat(
            AccountsCsv.parse(
                "a.csv",
                "system,id,email,accessLevel,state,lastActiveAt,deactivatedAt\n"
                    + "github,gh-1,a@b.c,admin,suspended,2026-01-05,2026-01-06\n"))
        .containsExactly(
            Account.builder()
                .system("github")
                .id("gh-1")
                .email("a@b.c")
                .accessLevel("admin")
                .state("suspended")
                .lastActiveAt(Instant.parse("2026-01-05T00:00:00Z"))
                .deactivatedAt(Instant.parse("2026-01-06T00:00:00Z"))
                .build());
  }

  @Test
  void dateOnlySeatAndEventTimestampsAreTheStartOfThatDayInUtc() {
    assertThat(
            SeatsCsv.parse(
                "s.csv",
                "product,seatId,email,assignedAt,lastActivityAt\n"
                    + "figma,fig-1,a@b.c,2026-01-05,2026-10-29\n"))
        .containsExactly(
            Seat.builder()
                .product("figma")
                .id("fig-1")
                .email("a@b.c")
                .assignedAt(Instant.parse("2026-01-05T00:00:00Z"))
                .lastActivityAt(Instant.parse("2026-10-29T00:00:00Z"))
                .build());
    assertThat(EventsCsv.parse("e.csv", "email,product,timestamp\na@b.c,figma,2026-08-10\n"))
        .containsExactly(
            ActivityEvent.builder()
                .email("a@b.c")
                .product("figma")
                .timestamp(Instant.parse("2026-08-10T00:00:00Z"))
                .build());
  }

  @Test
  void impossibleDateOnlyValueIsStillRejectedWithItsPosition() {
    assertThatThrownBy(
            () ->
                EventsCsv.parse("e.csv", "email,product,timestamp\n" + "a@b.c,figma,2026-02-30\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "e.csv line 2, column 13: invalid timestamp '2026-02-30': expected an"
                + " ISO-8601 timestamp such as 2026-10-22T13:00:00Z");
  }

  @Test
  void semicolonSeparatedFileIsDetectedFromItsHeader() {
    assertThat(
            SeatsCsv.parse(
                "s.csv",
                "product;seatId;email;assignedAt;lastActivityAt\r\n"
                    + "figma;fig-1;\"Smith; Ada <a@b.c>\";2026-01-05T10:00:00Z;\r\n"))
        .containsExactly(
            Seat.builder()
                .product("figma")
                .id("fig-1")
                .email("Smith; Ada <a@b.c>")
                .assignedAt(Instant.parse("2026-01-05T10:00:00Z"))
                .build());
  }

  @Test
  void tabSeparatedFileIsDetectedFromItsHeader() {
    assertThat(
            EventsCsv.parse(
                "e.tsv",
                "email\tproduct\ttimestamp\n" + "a@b.c\tfigma, pro\t2026-08-10T08:17:00Z\n"))
        .containsExactly(
            ActivityEvent.builder()
                .email("a@b.c")
                .product("figma, pro")
                .timestamp(Instant.parse("2026-08-10T08:17:00Z"))
                .build());
  }

  @Test
  void semicolonFileWithACommaRowStillNamesTheLine() {
    assertThatThrownBy(
            () ->
                EventsCsv.parse(
                    "e.csv", "email;product;timestamp\n" + "a@b.c,figma,2026-08-10T08:17:00Z\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "e.csv line 2, column 33: expected 3 fields but found 1 (missing" + " 'product')");
  }

  @Test
  void latin1FileIsRejectedNamingTheFileLineColumnAndUtf8() throws IOException {
    Path file = dir.resolve("accounts.csv");
    Files.write(
        file,
        ("system,id,email,accessLevel,state\n"
                + "github,gh-1,ada@example.com,admin,active\n"
                + "github,gh-2,jos\u00e9@example.com,admin,active\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> AccountsCsv.read(file))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "accounts.csv line 3, column 16: not UTF-8 text (byte 0xE9); the file must"
                + " be UTF-8: save or export it as UTF-8");
  }

  @Test
  void latin1FileExitsTwoBeforeAnyRequest() throws IOException {
    Path file = dir.resolve("seats.csv");
    Files.write(
        file,
        "product,seatId,email,assignedAt\r\nfigma,f\u00fc-1,a@b.c,2026-01-05\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    CliRun.Result r =
        new CliRun()
            .run(
                Map.of("HUMAANS_API_TOKEN", "tok", "HUMAANS_BASE_URL", "http://127.0.0.1:9/api"),
                "seats",
                "--seats",
                file.toString());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .isEqualTo(
            "humaans: seats.csv line 2, column 8: not UTF-8 text (byte"
                + " 0xFC); the file must be UTF-8: save or export it as UTF-8\n"
                + "Run with --help for usage.\n");
  }

  @Test
  void aKnownColumnInAnotherCaseExitsTwoBeforeAnyRequest() throws IOException {
    // A spreadsheet that lower-cased the header would otherwise lose every revocation date.
    Path file = dir.resolve("accounts.csv");
    Files.writeString(
        file,
        "system;id;email;accessLevel;state;deactivatedat\r\n"
            + "github;gh-1;a@b.c;admin;suspended;2026-11-20\r\n");

    CliRun.Result r =
        new CliRun()
            .run(
                Map.of("HUMAANS_API_TOKEN", "tok", "HUMAANS_BASE_URL", "http://127.0.0.1:9/api"),
                "access",
                "--no-humaans-access",
                "--accounts",
                file.toString());

    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.USAGE_ERROR);
    assertThat(r.err)
        .isEqualTo(
            "humaans: accounts.csv line 1, column 35: column 'deactivatedat' must be spelled"
                + " 'deactivatedAt' (column names are case-sensitive; it would be ignored)\n"
                + "Run with --help for usage.\n");
  }

  @Test
  void utf8FileWithAccentsAndByteOrderMarkReads() throws IOException {
    Path file = dir.resolve("events.csv");
    Files.writeString(
        file,
        "\uFEFFemail;product;timestamp\njos\u00e9@b.c;figma;2026-08-10\n",
        StandardCharsets.UTF_8);

    assertThat(EventsCsv.read(file))
        .extracting(e -> e.email().orElseThrow())
        .containsExactly("jos\u00e9@b.c");
  }
}
