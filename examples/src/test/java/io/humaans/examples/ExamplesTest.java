package io.humaans.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs each example's {@code main} as an IDE would, without a token: demo mode. */
class ExamplesTest {

  @BeforeEach
  void requireDemoMode() {
    assumeTrue(
        System.getenv(ExampleEnvironment.TOKEN_VARIABLE) == null,
        "examples run against the real API when HUMAANS_API_TOKEN is set");
  }

  /** The main method of one example. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws Exception;
  }

  /** Runs {@code main} with standard output and error captured; returns standard output. */
  private static String[] capture(Main main) throws Exception {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      main.run(new String[0]);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new String[] {
      out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void listPeopleShowsTitlesAndManagers() throws Exception {
    String[] output = capture(ListPeople::main);

    assertThat(output[0])
        .contains("Noor Haddad")
        .contains("(no current role)")
        .containsPattern("Lucas Moreau +.+ manager: Grace Whitfield")
        .endsWith("301 people, roles as of 2026-11-02\n");
    assertThat(output[1]).startsWith("HUMAANS_API_TOKEN is not set: using the embedded demo");
  }

  @Test
  void showTokenScopesListsScopes() throws Exception {
    String[] output = capture(ShowTokenScopes::main);

    assertThat(output[0])
        .contains("private:read: read everything except compensations")
        .contains("private:read present: pre-hires and leavers are visible.");
  }

  @Test
  void runComplianceChecksPrintsOutcomesAndFailures() throws Exception {
    String[] output = capture(RunComplianceChecks::main);

    assertThat(output[0])
        .startsWith("Checks as of 2026-11-02 on 301 people:\n")
        .contains("FAIL staff-role-assigned 5S1TA7MSPQkWxF0vqydBQWrK NO_JOB_ROLE: ")
        .contains("FAIL offboarded-access-removed gh-110919 ACCESS_AFTER_LEAVING: ");
  }

  @Test
  void findReclaimableSeatsUsesTheBundledSeats() throws Exception {
    String[] output = capture(FindReclaimableSeats::main);

    assertThat(output[0])
        .contains("salesforce seat sf-0085: HOLDER_LEFT")
        .contains("figma seat fig-0090: NEVER_USED")
        .endsWith(
            "Reclaimable per product: {figma=3, salesforce=2} of 92 seats, as of 2026-11-02\n");
  }

  @Test
  void verifyCriticalAccessUsesTheBundledAccountsAndPolicy() throws Exception {
    String[] output = capture(VerifyCriticalAccess::main);

    assertThat(output[0])
        .contains("offboarded-access-removed gh-110919: ACCESS_AFTER_LEAVING")
        .contains("access-valid gh-111141: ACCESS_LEVEL_NOT_ALLOWED")
        .as("no waivers are given, so the auditor's account fails")
        .contains("user-identified AIDA1H04M: UNIDENTIFIED")
        .endsWith("7 access problems in 195 accounts, as of 2026-11-02\n");
  }
}
