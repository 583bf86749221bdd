package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /files} and {@code /data-exports}: guessed fields typed, everything else kept. */
class FilesAndExportsParseTest {

  @Test
  void readsFilesAndKeepsUnknownFields() {
    List<HumaansFile> rows = Fixtures.data("files.json", HumaansFile.class);
    assertThat(rows)
        .extracting(HumaansFile::id)
        .containsExactly("Fi3gH6jK9lZ2xC5vB8nM1qWe", "Fi7rT0yU3iO6pA9sD2fG5hJk");
    HumaansFile contract = rows.get(0);
    assertThat(contract.companyId()).contains("Hc3nV8tYq2WzL6pRm1XkJs9D");
    assertThat(contract.personId()).contains("Qw7hT2mZpL9vXc4RbN8sKd1F");
    assertThat(contract.filename()).contains("employment-contract.pdf");
    assertThat(contract.contentType()).contains("application/pdf");
    assertThat(contract.createdAt()).contains(Instant.parse("2022-03-14T10:10:00Z"));
    assertThat(contract.extraProperties()).containsExactlyEntriesOf(Map.of("size", 183042.0));
    HumaansFile handbook = rows.get(1);
    assertThat(handbook.personId()).isEmpty();
    assertThat(handbook.createdAt()).isEmpty();
    assertThat(handbook.extraProperties())
        .containsExactlyEntriesOf(
            Map.of("variants", Map.of("thumbnail", "https://files.example/t/Fi7r.png")));
  }

  @Test
  void readsDataExports() {
    DataExport export = Fixtures.data("data-exports.json", DataExport.class).get(0);
    assertThat(export.id()).isEqualTo("Dx5cV8bN1mQ4wE7rT0yU3iOp");
    assertThat(export.companyId()).contains("Hc3nV8tYq2WzL6pRm1XkJs9D");
    assertThat(export.status()).contains("completed");
    assertThat(export.fileId()).contains("Fi3gH6jK9lZ2xC5vB8nM1qWe");
    assertThat(export.updatedAt()).contains(Instant.parse("2025-02-01T09:03:12Z"));
    assertThat(export.extraProperties()).containsExactlyEntriesOf(Map.of("format", "csv"));
  }
}
