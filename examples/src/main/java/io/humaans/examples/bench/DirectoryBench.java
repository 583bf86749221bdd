package io.humaans.examples.bench;

import io.humaans.checks.model.Directory;
import io.humaans.client.HumaansClient;
import io.humaans.client.JobRoleQuery;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.Person;
import java.io.IOException;

/**
 * #3: reads a directory (people and job roles) of 10,000 people with {@link DirectoryReader},
 * against the naive integration that lists people and then asks for each person's job roles. Counts
 * the requests the server saw; the target is the page count of overlapping pages (see {@code
 * overlappedPages}), which the concurrent pager has used since its resync checks were added.
 */
final class DirectoryBench {
  private DirectoryBench() {}

  static void run(Figures figures, boolean quick) throws IOException {
    int people = quick ? 2_000 : 10_000;
    PeopleData data = new PeopleData(people);
    System.out.println(
        "#3 directory: "
            + people
            + " people, "
            + data.roles()
            + " job roles, DirectoryReader (its defaults) vs one job-roles request per person");
    try (BenchServer server = BenchServer.start(data, 0, true);
        HumaansClient client =
            HumaansClient.builder().token("bench").baseUrl(server.baseUrl()).build()) {
      DirectoryReader reader = DirectoryReader.builder(client).build();

      server.resetCounts();
      Directory once = reader.read();
      int peopleRequests = server.count("people");
      int roleRequests = server.count("job-roles");
      int tokenRequests = server.count("token-info");
      int expected = overlappedPages(people) + overlappedPages(data.roles());
      boolean complete = once.people().size() == people && once.jobRoles().size() == data.roles();
      Figures.note(
          "SDK requests: %d people + %d job-roles list pages (+ %d GET /token-info); read %d people, %d roles",
          peopleRequests,
          roleRequests,
          tokenRequests,
          once.people().size(),
          once.jobRoles().size());

      server.resetCounts();
      long naiveRows = naive(client);
      int naiveRequests = server.totalCount();
      Figures.note(
          "naive requests: %d (%d people pages + %d job-roles requests); read %d rows",
          naiveRequests, server.count("people"), server.count("job-roles"), naiveRows);

      double sdkMs = Rounds.single(2, quick ? 3 : 5, () -> reader.read().jobRoles().size());
      double naiveMs = Rounds.single(1, quick ? 1 : 3, () -> naive(client));
      Figures.note("SDK median %.1f ms, naive median %.1f ms", sdkMs, naiveMs);
      figures.add(
          "3",
          "directory list requests (people + roles)",
          (peopleRequests + roleRequests)
              + " = "
              + overlappedPages(people)
              + " people + "
              + overlappedPages(data.roles())
              + " job-roles pages",
          "= " + expected,
          peopleRequests + roleRequests == expected && complete);
      figures.add(
          "3",
          "directory naive/SDK time",
          Figures.ratio(naiveMs / sdkMs) + " (SDK " + Figures.ratio(sdkMs / naiveMs) + " of naive)",
          "-",
          true);
    }
  }

  /** Lists people, then asks for each person's job roles: one request per person. */
  static long naive(HumaansClient client) {
    long rows = 0;
    for (Person p : client.people().list()) {
      rows++;
      for (JobRole r : client.jobRoles().list(JobRoleQuery.builder().personId(p.id()).build())) {
        rows += r.id().isEmpty() ? 0 : 1;
      }
    }
    return rows;
  }

  /**
   * The pages a concurrent listing of {@code rows} rows needs at 250 per page: the first page, then
   * pages that each start at the last row of the page before (the one-row overlap that tells the
   * pager whether rows moved between requests), so each later page brings 249 new rows.
   */
  private static int overlappedPages(int rows) {
    return rows <= 250 ? 1 : 1 + ceilDiv(rows - 250, 249);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
