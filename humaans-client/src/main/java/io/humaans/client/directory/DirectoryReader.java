package io.humaans.client.directory;

import static java.util.Objects.requireNonNull;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.client.HumaansClient;
import io.humaans.client.Page;
import io.humaans.client.TokenScopes;
import io.humaans.client.model.Team;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads people and job roles from Humaans into a {@link Directory} for the checks module, with
 * the client's auto-paging: {@code ceil(people / pageSize) + ceil(roles / pageSize)} list
 * requests plus one {@code GET /token-info}, never one request per person.
 *
 * <pre>{@code
 * Directory directory = DirectoryReader.builder(client).parallelism(4).build().read();
 * Report report = Checks.run(CheckInput.builder().directory(directory).build(),
 *     CheckConfig.builder().asOf(LocalDate.now()).build());
 * }</pre>
 *
 * <p>The directory records the token's scopes when the API reports them, so checks that need
 * leavers and pre-hires say {@code INCOMPLETE} when {@code private:read} is missing. Thread-safe
 * (each {@link #read()} is independent).
 */
public final class DirectoryReader {
  private final HumaansClient client;
  private final int parallelism;
  private final ProgressListener progress;

  private DirectoryReader(Builder b) {
    this.client = b.client;
    this.parallelism = b.parallelism;
    this.progress = b.progress;
  }

  /**
   * {@return a builder reading through {@code client}}
   *
   * @param client the client
   */
  public static Builder builder(HumaansClient client) {
    return new Builder(client);
  }

  /**
   * Reads the directory: token scopes, then every person and every job role.
   *
   * @throws io.humaans.client.errors.HumaansException if any request fails
   */
  public Directory read() {
    TokenScopes scopes = client.tokenScopes();
    scopes.warnings().forEach(progress::onWarning);
    List<Person> people = new ArrayList<>();
    Tally<io.humaans.client.model.Person> peopleRead =
        new Tally<>("people", io.humaans.client.model.Person::id, progress);
    client.people().list().parallel(parallelism)
        .onPage(peopleRead::page)
        .forEach(p -> {
          people.add(toPerson(p));
          peopleRead.row(p);
        });
    List<JobRole> roles = new ArrayList<>();
    Tally<io.humaans.client.model.JobRole> rolesRead =
        new Tally<>("job-roles", io.humaans.client.model.JobRole::id, progress);
    client.jobRoles().list().parallel(parallelism)
        .onPage(rolesRead::page)
        .forEach(r -> {
          roles.add(toJobRole(r));
          rolesRead.row(r);
        });
    Directory.Builder directory = Directory.builder().addAllPeople(people).addAllJobRoles(roles);
    scopes.scopeNames().ifPresent(directory::scopes);
    return directory.build();
  }

  /** Maps a Humaans person to the checks module's person (status kept as the raw string). */
  public static Person toPerson(io.humaans.client.model.Person p) {
    Person.Builder b = Person.builder()
        .id(p.id())
        .firstName(p.firstName())
        .lastName(p.lastName())
        .email(p.email())
        .employmentStartDate(p.employmentStartDate())
        .employmentEndDate(p.employmentEndDate())
        .lastWorkingDay(p.lastWorkingDay());
    p.status().ifPresent(s -> b.status(s.value()));
    for (Team team : p.teams()) {
      team.name().ifPresent(b::addTeams);
    }
    return b.build();
  }

  /**
   * Maps a Humaans job role to the checks module's job role. A row without {@code personId}
   * keeps an empty person id, which the checks treat as a role of an unknown person.
   */
  public static JobRole toJobRole(io.humaans.client.model.JobRole r) {
    return JobRole.builder()
        .id(r.id())
        .personId(r.personId().orElse(""))
        .jobTitle(r.jobTitle())
        .department(r.department())
        .reportingTo(r.reportingTo())
        .effectiveDate(r.effectiveDate())
        .endDate(r.endDate())
        .createdAt(r.createdAt())
        .build();
  }

  /**
   * Counts the distinct rows of one listing handed to the reader and reports a page once all of
   * its new rows are in. The pager announces each page before handing out its rows; rows it
   * delivered already (a page re-read after the total shrank, or shifted by an insertion) are
   * dropped by id there and not counted here. A page the pager fetched but then re-read from an
   * earlier offset hands out nothing: the next page supersedes it before any of its rows arrive.
   * Not thread-safe (used on the reading thread only).
   */
  private static final class Tally<T> {
    private final String resource;
    private final Function<T, String> idOf;
    private final ProgressListener listener;
    private final Set<String> seen = new HashSet<>();
    private OptionalInt total = OptionalInt.empty();
    /** The number of distinct rows at which the announced page is fully read; -1 if none waits. */
    private int pageComplete = -1;
    private boolean reported;

    Tally(String resource, Function<T, String> idOf, ProgressListener listener) {
      this.resource = resource;
      this.idOf = idOf;
      this.listener = listener;
    }

    /** Notes a page the pager is about to hand out. */
    void page(Page<T> page) {
      Set<String> fresh = new HashSet<>();
      for (T row : page.data()) {
        String id = idOf.apply(row);
        if (!seen.contains(id)) {
          fresh.add(id);
        }
      }
      total = page.total();
      if (fresh.isEmpty()) {
        pageComplete = -1;
        if (!reported) {
          report(); // an empty listing still says 0 of its total, once
        }
      } else {
        pageComplete = seen.size() + fresh.size();
      }
    }

    /** Counts a row handed to the reader, reporting when it completes the announced page. */
    void row(T row) {
      if (seen.add(idOf.apply(row)) && seen.size() == pageComplete) {
        pageComplete = -1;
        report();
      }
    }

    private void report() {
      reported = true;
      listener.onPage(resource, seen.size(), total);
    }
  }

  /** Receives progress while the directory is read; called on the reading thread. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called each time the new rows of a page have all been read: once per page of a listing
     * without shifts ({@code 250}, {@code 500}, ... with the server's usual page size). A page
     * that brings no new row is not reported, except the first, so an empty listing reports
     * {@code 0} once.
     *
     * @param resource {@code people} or {@code job-roles}
     * @param fetched the distinct rows read so far for that resource. It never decreases, a row
     *     that a re-read or shifted page delivers again is not counted twice, and the last call
     *     for a resource gives the number of rows read. Rows deleted from the server after they
     *     were read still count, so it can exceed a {@code total} that shrank meanwhile.
     * @param total the server's total as of that page, when reported
     */
    void onPage(String resource, int fetched, OptionalInt total);

    /**
     * Called before reading with each of {@link TokenScopes#warnings()}: what the token cannot
     * see, or that its scopes are unknown (the checks then treat the directory as complete, as
     * the spec says, so a caller should show this). Does nothing by default.
     *
     * @param message the message
     */
    default void onWarning(String message) {}
  }

  /** Configures a {@link DirectoryReader}. Defaults: parallelism 4, no progress reporting. */
  public static final class Builder {
    private final HumaansClient client;
    private int parallelism = 4;
    private ProgressListener progress = (resource, fetched, total) -> {};

    Builder(HumaansClient client) {
      this.client = requireNonNull(client, "client == null");
    }

    /**
     * Sets how many pages are requested at once after the first (default 4; 1 is serial).
     *
     * @param parallelism the parallelism
     * @return this builder
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be between 1 and 64: " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Reports progress as each page is read (default: none); see
     * {@link ProgressListener#onPage}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = requireNonNull(listener, "listener == null");
      return this;
    }

    /** {@return the reader} */
    public DirectoryReader build() {
      return new DirectoryReader(this);
    }
  }
}
