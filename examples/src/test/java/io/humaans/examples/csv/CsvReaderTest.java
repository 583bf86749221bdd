package io.humaans.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @Test
  void readsQuotedFieldsEscapedQuotesAndLineBreaksInsideQuotes() {
    CsvTable table =
        CsvReader.parse(
            "t.csv",
            "id,note,extra\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\r\nlines\",\r\n3,,\"\"\r\n");

    assertThat(table.header()).containsExactly("id", "note", "extra");
    assertThat(table.records()).extracting(CsvRecord::line).containsExactly(2, 3, 5);
    assertThat(table.records().get(0).values())
        .containsExactly(
            Map.entry("id", "1"), Map.entry("note", "x, y"), Map.entry("extra", "say \"hi\""));
    assertThat(table.records().get(1).get("note")).isEqualTo("two\r\nlines");
    assertThat(table.records().get(1).get("extra")).isEmpty();
    assertThat(table.records().get(2).optional("note")).isEmpty();
    assertThat(table.records().get(2).get("extra")).isEmpty();
  }

  @Test
  void acceptsCrlfLfAndCrLineEndsAndSkipsEmptyLines() {
    CsvTable table = CsvReader.parse("t.csv", "a,b\r\n1,2\n\n3,4\r5,6");

    assertThat(table.records())
        .extracting(r -> r.get("a") + r.get("b"))
        .containsExactly("12", "34", "56");
    assertThat(table.records()).extracting(CsvRecord::line).containsExactly(2, 4, 5);
  }

  @Test
  void skipsByteOrderMarkAndTrimsHeaderNamesButNotValues() {
    CsvTable table =
        CsvReader.parse("t.csv", "\uFEFFemail , name\r\n Ann@X.example ,Ann\r\n", "email");

    assertThat(table.header()).containsExactly("email", "name");
    assertThat(table.records().get(0).get("email")).isEqualTo(" Ann@X.example ");
  }

  @Test
  void unterminatedQuoteNamesTheLineAndColumnWhereTheQuoteOpened() {
    assertThatThrownBy(() -> CsvReader.parse("accounts.csv", "a,b\n1,\"open\n2,x\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("accounts.csv line 2, column 3: unterminated quoted field")
        .satisfies(
            e -> {
              CsvFormatException error = (CsvFormatException) e;
              assertThat(error.source()).isEqualTo("accounts.csv");
              assertThat(error.line()).isEqualTo(2);
              assertThat(error.column()).isEqualTo(3);
              assertThat(error.problem()).isEqualTo("unterminated quoted field");
            });
  }

  @Test
  void tooManyFieldsPointsAtTheExtraField() {
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,b\r\n1,2\r\n10,20,30\r\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "t.csv line 3, column 7: expected 2 fields but found 3" + " (extra field starts here)");
  }

  @Test
  void tooFewFieldsPointsAtTheEndOfTheRecordAndNamesTheMissingColumn() {
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,b,c\n1,2\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv line 2, column 4: expected 3 fields but found 2 (missing 'c')");
  }

  @Test
  void lineNumbersCountLineBreaksInsideQuotedFields() {
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,b\n\"x\ny\",1\n2\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv line 4, column 2: expected 2 fields but found 1 (missing 'b')");
  }

  @Test
  void missingRequiredColumnNamesTheColumnAndTheHeader() {
    assertThatThrownBy(
            () -> CsvReader.parse("seats.csv", "product,seatId\nfigma,1\n", "product", "email"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "seats.csv line 1: missing required column 'email'" + " (header: product, seatId)");
  }

  @Test
  void strayQuoteInUnquotedFieldIsRejected() {
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,b\nx,ab\"c\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "t.csv line 2, column 5: unexpected quote in unquoted field"
                + " (quote the whole field and double the quote)");
  }

  @Test
  void textAfterClosingQuoteIsRejected() {
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a\n\"ab\"c\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv line 2, column 5: unexpected 'c' after closing quote");
  }

  @Test
  void emptyInputDuplicateAndEmptyColumnNamesAreRejected() {
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "\uFEFF\r\n"))
        .hasMessage("t.csv line 1: missing header row");
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,b,a\n"))
        .hasMessage("t.csv line 1, column 5: duplicate column 'a'");
    assertThatThrownBy(() -> CsvReader.parse("t.csv", "a,,b\n"))
        .hasMessage("t.csv line 1, column 3: empty column name");
  }

  @Test
  void headerOnlyGivesNoRecords() {
    CsvTable table = CsvReader.parse("t.csv", "a,b\r\n");

    assertThat(table.records()).isEmpty();
    assertThat(table).hasToString("CsvTable[t.csv, 2 columns, 0 records]");
  }

  @Test
  void aKnownColumnInAnotherCaseIsRejectedUnlessTheExactNameIsAlsoThere() {
    assertThatThrownBy(
            () -> CsvReader.parse("t.csv", "id,Note\n1,x\n", List.of("id"), List.of("note")))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "t.csv line 1, column 4: column 'Note' must be spelled 'note'"
                + " (column names are case-sensitive; it would be ignored)");
    CsvTable both =
        CsvReader.parse("t.csv", "id,note,NOTE\n1,x,y\n", List.of("id"), List.of("note"));
    assertThat(both.records().get(0).get("note")).isEqualTo("x");
    assertThat(CsvReader.parse("t.csv", "id,Note\n1,x\n", "id").header())
        .containsExactly("id", "Note");
  }

  @Test
  void invalidValueNamesTheLineAndTheFieldsColumn() {
    CsvRecord record =
        CsvReader.parse("waivers.csv", "checkId,expiresOn\r\nx,2026-13-01\r\n").records().get(0);

    assertThat(record.invalid("expiresOn", "not a date"))
        .hasMessage("waivers.csv line 2, column 3: invalid expiresOn '2026-13-01': not a date");
    assertThatThrownBy(() -> record.get("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column 'nope' in waivers.csv (columns: checkId, expiresOn)");
  }

  @Test
  void readsFilesAndReadersUsingTheFileNameAsSource(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.csv");
    Files.writeString(
        file, "\uFEFFsystem,pattern\r\ngithub,\"*Manager*\"\r\n", StandardCharsets.UTF_8);

    CsvTable fromFile = CsvReader.read(file, "system");
    CsvTable fromReader = CsvReader.read("inline", new StringReader("system\r\naws\r\n"));

    assertThat(fromFile.source()).isEqualTo("policy.csv");
    assertThat(fromFile.records().get(0).get("pattern")).isEqualTo("*Manager*");
    assertThat(fromReader.records().get(0).get("system")).isEqualTo("aws");
    Files.writeString(file, "system\r\n\"aws\r\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CsvReader.read(file))
        .hasMessage("policy.csv line 2, column 1: unterminated quoted field");
  }

  @Test
  void delimiterIsTheOneTheHeaderRowUsesOutsideQuotes() {
    assertThat(CsvReader.parse("t.csv", "a;b;c\n1;2,5;3\n").delimiter()).isEqualTo(';');
    assertThat(CsvReader.parse("t.csv", "\n\"x;y\",b\n1,2\n").delimiter()).isEqualTo(',');
    assertThat(CsvReader.parse("t.csv", "a\tb\n1\t2\n").delimiter()).isEqualTo('\t');
    assertThat(CsvReader.parse("t.csv", "a\n1\n").delimiter()).isEqualTo(',');
    assertThat(CsvReader.parse("t.csv", "a;b,c\n1;2,3\n").delimiter())
        .as("a tie keeps the comma")
        .isEqualTo(',');
    assertThat(CsvReader.parse("t.csv", "a;b;c\n1;\"2;5\";3\n").records().get(0).values())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2;5"), Map.entry("c", "3"));
  }

  @Test
  void utf16AndNulBytesAreRejectedAsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seats.csv");
    String text = "a,b\n1,2\n";
    Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> CsvReader.read(file, "a"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "seats.csv line 1, column 2: not UTF-8 text (byte 0x00, as in UTF-16); the file must"
                + " be UTF-8: save or export it as UTF-8");
    Files.write(file, text.getBytes(StandardCharsets.UTF_16)); // big-endian with its mark
    assertThatThrownBy(() -> CsvReader.read(file, "a"))
        .hasMessage(
            "seats.csv line 1, column 1: not UTF-8 text (byte 0xFE, as in UTF-16); the file must"
                + " be UTF-8: save or export it as UTF-8");
    Files.write(file, "a,b\n1,x\u0000y\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CsvReader.read(file, "a"))
        .as("a NUL byte in a value is never kept")
        .hasMessage(
            "seats.csv line 2, column 4: not UTF-8 text (byte 0x00, as in UTF-16); the file must"
                + " be UTF-8: save or export it as UTF-8");
  }

  @Test
  void notUtf8FileNamesLineAndColumnOfTheFirstBadByte(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("w.csv");
    byte[] head = "a,b\r\n\u00e9t\u00e9,".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[head.length + 3];
    System.arraycopy(head, 0, broken, 0, head.length);
    broken[head.length] = (byte) 0xE0; // a Latin-1 letter after "\u00e9t\u00e9,"
    broken[head.length + 1] = '\r';
    broken[head.length + 2] = '\n';
    Files.write(file, broken);

    assertThatThrownBy(() -> CsvReader.read(file))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "w.csv line 2, column 5: not UTF-8 text (byte 0xE0); the file must be"
                + " UTF-8: save or export it as UTF-8")
        .extracting(e -> ((CsvFormatException) e).line())
        .isEqualTo(2);
  }
}
