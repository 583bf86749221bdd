package io.humaans.examples;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.model.Seat;
import io.humaans.checks.rules.ReclaimableSeatsCheck;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.examples.cli.DemoFiles;
import io.humaans.examples.cli.SeatsCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds licence seats to reclaim: seats of leavers, of unknown holders, unused for more than 30
 * days or never used. Reads the seats from the CSV file given as the first argument ({@code
 * product,seatId,email,assignedAt[,lastActivityAt]}), by default the demo company's bundled one.
 *
 * <p>Run it from an IDE with no arguments: without {@code HUMAANS_API_TOKEN} it uses the embedded
 * demo company.
 */
public final class FindReclaimableSeats {
  private FindReclaimableSeats() {}

  /**
   * Prints the reclaimable seats to standard output.
   *
   * @throws IOException if the seats file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Seat> seats = args.length > 0 ? SeatsCsv.read(Path.of(args[0])) : DemoFiles.seats();
    try (ExampleEnvironment env = ExampleEnvironment.open()) {
      run(env.client(), seats, env.defaultAsOf(Clock.systemUTC()), System.out);
    }
  }

  static Report run(HumaansClient client, List<Seat> seats, LocalDate asOf, PrintStream out) {
    CheckInput input =
        CheckInput.builder()
            .directory(DirectoryReader.builder(client).build().read())
            .addAllSeats(seats)
            .build();
    Report report =
        Checks.run(
            List.of(new ReclaimableSeatsCheck()),
            CheckContext.of(input, CheckConfig.builder().asOf(asOf).build()));
    for (CheckResult r : report.results()) {
      if (r.status() == Status.FAIL) {
        out.println(
            r.evidence().getOrDefault("product", "?")
                + " seat "
                + r.subjectId()
                + ": "
                + r.reasonCode()
                + " ("
                + r.detail()
                + ")");
      }
    }
    out.println(
        "Reclaimable per product: "
            + report.reclaimableSeatsByProduct()
            + " of "
            + seats.size()
            + " seats, as of "
            + asOf);
    return report;
  }
}
