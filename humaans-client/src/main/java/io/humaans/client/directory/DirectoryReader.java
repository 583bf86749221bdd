package io.humaans.client.directory;

import static java.util.Objects.requireNonNull;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.client.HumaansClient;
import io.humaans.client.TokenScopes;
import io.humaans.client.model.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads people and job roles from Humaans into a {@link Directory} for the checks module, with the
 * client's auto-paging: {@code ceil(people / pageSize) + ceil(roles / pageSize)} list requests plus
 * one {@code GET /token-info}, never one request per person.
 *
 * <pre>{@code
 * Directory directory = DirectoryReader.builder(client).build().read();
 * Report report = Checks.run(CheckInput.builder().directory(directory).build(),
 *     CheckConfig.builder().asOf(LocalDate.now()).build());
 * }</pre>
 *
 * <p>The token info and both listings start at once: each listing's first page is requested
 * together with the other's and with {@code /token-info}, and once a first page has told its
 * listing's total, up to {@linkplain Builder#parallelism(int) parallelism} further pages of that
 * listing are requested at once. All of them go through the client's dispatcher, which runs at most
 * {@link HumaansClient#maxConcurrentRequests()} requests at a time (default 16) across both
 * listings and queues the rest; only each listing's first page, which its thread requests directly,
 * is not counted against that limit. Each listing runs on a daemon thread of its own, started by
 * {@link #read()} (when a read fails, the listings still running are cancelled and their threads
 * end at their next page or row); rows come out in the server's order, each once (see {@link
 * io.humaans.client.AutoPager}), and memory holds at most {@code parallelism} pages per listing
 * besides the directory itself.
 *
 * <p>The directory records the token's scopes when the API reports them, so checks that need
 * leavers and pre-hires say {@code INCOMPLETE} when {@code private:read} is missing. Thread-safe
 * (each {@link #read()} is independent).
 *
 * <p>Once everything is read, {@link ProgressListener#onWarning} also receives {@link
 * TokenScopes#partialDirectoryWarning} when the directory holds only the token's own person ({@code
 * personId} of {@code /token-info}): a token made by someone with plain user permissions sees only
 * that person, so the directory is probably partial.
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
   * Reads the directory: {@code GET /token-info}, every person and every job role, all started at
   * once (see the class comment). Progress and warnings are reported on the calling thread.
   *
   * @return the people and job roles in the server's order, each row once, with the token's scopes
   *     when the API reports them
   * @throws io.humaans.client.errors.HumaansException a failed request, typed as the client raised
   *     it; when several fail, the one a serial read would have met first ({@code /token-info},
   *     then people, then job roles). The listings after it are stopped at once.
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
   *     reading (its interrupt flag is set again)
   */
  public Directory read() {
    ConcurrentRead read = new ConcurrentRead(client, parallelism);
    Pending pending = start(read);
    TokenScopes scopes = read.await(progress);
    Directory directory = pending.directory(scopes);
    warnIfPartial(scopes, directory, progress);
    return directory;
  }

  /**
   * Passes {@link TokenScopes#partialDirectoryWarning} to {@code progress} when the directory holds
   * only the token's own person while the company is larger or of unknown size: the token then
   * probably sees no more than a creator with plain user permissions may see.
   */
  static void warnIfPartial(TokenScopes scopes, Directory directory, ProgressListener progress) {
    List<String> ids = new ArrayList<>(directory.people().size());
    directory.people().forEach(p -> ids.add(p.id()));
    scopes.partialDirectoryWarning(ids, OptionalInt.empty()).ifPresent(progress::onWarning);
  }

  /**
   * Starts this reader's listings in {@code read} (together with the token info), so that another
   * reader's listings can share the same overlap; {@link Pending#directory} gives the result once
   * {@code read} has been awaited.
   */
  Pending start(ConcurrentRead read) {
    read.startScopes();
    ConcurrentRead.Rows<Person> people =
        read.list(
            "people",
            client.people().list(),
            io.humaans.client.model.Person::id,
            DirectoryReader::toPerson);
    ConcurrentRead.Rows<JobRole> roles =
        read.list(
            "job-roles",
            client.jobRoles().list(),
            io.humaans.client.model.JobRole::id,
            DirectoryReader::toJobRole);
    return new Pending(people, roles);
  }

  /** The listings of one directory read, started and not yet awaited. */
  static final class Pending {
    private final ConcurrentRead.Rows<Person> people;
    private final ConcurrentRead.Rows<JobRole> roles;

    Pending(ConcurrentRead.Rows<Person> people, ConcurrentRead.Rows<JobRole> roles) {
      this.people = people;
      this.roles = roles;
    }

    /** Builds the directory; call after the read was awaited. */
    Directory directory(TokenScopes scopes) {
      Directory.Builder directory =
          Directory.builder().addAllPeople(people.get()).addAllJobRoles(roles.get());
      scopes.scopeNames().ifPresent(directory::scopes);
      return directory.build();
    }
  }

  /**
   * Maps a Humaans person to the checks module's person (status kept as the raw string).
   *
   * @param p the Humaans person
   * @return the checks module's person
   */
  public static Person toPerson(io.humaans.client.model.Person p) {
    Person.Builder b =
        Person.builder()
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
   * Maps a Humaans job role to the checks module's job role. A row without {@code personId} keeps
   * an empty person id, which the checks treat as a role of an unknown person.
   *
   * @param r the Humaans job role
   * @return the checks module's job role
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
   * Receives progress while the directory is read; called on the thread that called {@link
   * #read()}, never concurrently, in the order a serial read would give: the token's warnings, then
   * every {@code people} page as it is read, then the {@code job-roles} pages (those read while
   * people were still coming are reported as soon as the people are all in).
   */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called each time the new rows of a page have all been read: once per page of a listing
     * without shifts ({@code 250}, {@code 500}, ... with the server's usual page size). A page that
     * brings no new row is not reported, except the first, so an empty listing reports {@code 0}
     * once.
     *
     * @param resource {@code people} or {@code job-roles}
     * @param fetched the distinct rows read so far for that resource. It never decreases, a row
     *     that a re-read or shifted page delivers again is not counted twice, and the last call for
     *     a resource gives the number of rows read. Rows deleted from the server after they were
     *     read still count, so it can exceed a {@code total} that shrank meanwhile.
     * @param total the server's total as of that page, when reported
     */
    void onPage(String resource, int fetched, OptionalInt total);

    /**
     * Called with each of {@link TokenScopes#warnings()} once {@code /token-info} has answered,
     * before any {@link #onPage} call: what the token cannot see, or that its scopes are unknown
     * (the checks then treat the directory as complete, as the spec says, so a caller should show
     * this). Does nothing by default.
     *
     * @param message the message
     */
    default void onWarning(String message) {}
  }

  /**
   * Configures a {@link DirectoryReader}. Defaults: parallelism the client's {@link
   * HumaansClient#maxConcurrentRequests()} (at most 64), no progress reporting.
   */
  public static final class Builder {
    private final HumaansClient client;
    private int parallelism;
    private ProgressListener progress = (resource, fetched, total) -> {};

    Builder(HumaansClient client) {
      this.client = requireNonNull(client, "client == null");
      this.parallelism = Math.max(1, Math.min(64, client.maxConcurrentRequests()));
    }

    /**
     * Sets how many pages of each listing are requested at once after its first (default: the
     * client's {@link HumaansClient#maxConcurrentRequests()}, at most 64; 1 reads each listing
     * serially, the two listings still side by side). The client's limit still bounds the requests
     * of both listings together.
     *
     * @param parallelism 1 to 64
     * @return this builder
     * @throws IllegalArgumentException if {@code parallelism} is outside 1 to 64
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be between 1 and 64: " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Reports progress as each page is read (default: none); see {@link ProgressListener#onPage}.
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
