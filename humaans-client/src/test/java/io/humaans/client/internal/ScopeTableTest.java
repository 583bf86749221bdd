package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTableTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /compensations, compensations:read",
    "GET, /compensations?personId=x, compensations:read",
    "POST, /compensations, compensations:write",
    "PATCH, /compensation-types/abc, compensations:write",
    "GET, /documents/abc, documents:read",
    "DELETE, /identity-documents/abc, documents:write",
    "GET, /identity-document-types, documents:read",
    "GET, /document-folders, documents:read",
    "GET, /bank-accounts?personId=x, private:read",
    "POST, /emergency-contacts, private:write",
    "GET, /webhooks, webhooks:manage",
    "DELETE, /webhooks/abc, webhooks:manage",
    "GET, /webhook-events, webhooks:manage",
    "GET, /people, public:read",
    "get, people/abc, public:read",
    "HEAD, /people, public:read",
    "GET, /me, public:read",
    "POST, /people, private:write",
    "PUT, /people/abc, private:write",
    "PATCH, /timesheet-entries/abc, private:write",
    "GET, /time-away-periods?isCurrentPeriod=true, public:read",
    "GET, /public-holidays?publicHolidayCalendarId=ES-MD, public:read",
    "GET, /spaces, public:read",
    "PATCH, /spaces/abc, private:write",
    "GET, /public-holiday-calendar-days?publicHolidayCalendarId=GB, public:read",
    "DELETE, /public-holiday-calendar-days/abc, private:write",
    "GET, /files, documents:read",
    "DELETE, /files/abc, documents:write",
    "GET, /data-exports, private:read",
    "POST, /data-exports, private:write",
    "GET, /api/compensations, compensations:read",
    "GET, /Compensations#x, compensations:read",
  })
  void mapsMethodAndPathToScope(String method, String path, String scope) {
    assertThat(ScopeTable.requiredScope(method, path)).contains(Scope.of(scope));
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /audit-events",
    "GET, /role-permissions",
    "GET, /",
    "GET, ''",
    "TRACE, /people",
  })
  void hasNoEntryForUnknownResourceOrMethod(String method, String path) {
    assertThat(ScopeTable.requiredScope(method, path)).isEmpty();
  }

  @Test
  void rowsAreInDocumentationOrderAndUnique() {
    assertThat(ScopeTable.rows()).hasSize(37);
    assertThat(ScopeTable.rows().get(0))
        .isEqualTo(
            new ScopeTable.Row(
                "compensations", Scope.COMPENSATIONS_READ, Scope.COMPENSATIONS_WRITE));
    assertThat(ScopeTable.rows()).extracting(ScopeTable.Row::resource).doesNotHaveDuplicates();
  }

  @Test
  void rendersMarkdownTable() {
    String md = ScopeTable.markdown();

    assertThat(md)
        .startsWith(
            "| Resource | Read (GET) | Write (POST/PATCH/PUT/DELETE) |\n|---|---|---|\n"
                + "| `/compensations` | `compensations:read` | `compensations:write` |\n")
        .contains("| `/people` | `public:read` | `private:write` |\n")
        .contains("| `/webhooks` | `webhooks:manage` | `webhooks:manage` |\n")
        .contains("| `/spaces` | `public:read` | `private:write` |\n")
        .contains("| `/public-holiday-calendar-days` | `public:read` | `private:write` |\n");
    assertThat(md.lines()).hasSize(39);
  }
}
