package io.humaans.examples.cli;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The companion CSV files of the demo company, bundled on the class path under {@code /demo/} and
 * parsed with the same readers as user files (error labels such as {@code demo/seats.csv}). See
 * {@code demo/README.md} for their content. Stateless and thread-safe.
 */
public final class DemoFiles {
  private DemoFiles() {}

  /** Returns the accounts of {@code demo/accounts.csv}. */
  public static List<Account> accounts() {
    return AccountsCsv.parse("demo/accounts.csv", text("accounts.csv"));
  }

  /** Returns the access policies of {@code demo/policy.csv}. */
  public static List<AccessPolicy> policies() {
    return PolicyCsv.parse("demo/policy.csv", text("policy.csv"));
  }

  /** Returns the seats of {@code demo/seats.csv}. */
  public static List<Seat> seats() {
    return SeatsCsv.parse("demo/seats.csv", text("seats.csv"));
  }

  /** Returns the activity events of {@code demo/events.csv}. */
  public static List<ActivityEvent> events() {
    return EventsCsv.parse("demo/events.csv", text("events.csv"));
  }

  /** Returns the waivers of {@code demo/waivers.csv}. */
  public static List<Waiver> waivers() {
    return WaiversCsv.parse("demo/waivers.csv", text("waivers.csv"));
  }

  /**
   * Returns the text of a bundled file, e.g. {@code seats.csv}.
   *
   * @throws IllegalArgumentException if there is no such file
   * @throws UncheckedIOException if it cannot be read
   */
  public static String text(String fileName) {
    try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled demo file /demo/" + fileName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled demo file /demo/" + fileName, e);
    }
  }
}
