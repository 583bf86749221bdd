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
import java.util.List;
import java.util.OptionalInt;

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

  /** Returns a builder reading through {@code client}. */
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
    client.people().list().parallel(parallelism)
        .onPage(page -> report("people", people.size(), page))
        .forEach(p -> people.add(toPerson(p)));
    List<JobRole> roles = new ArrayList<>();
    client.jobRoles().list().parallel(parallelism)
        .onPage(page -> report("job-roles", roles.size(), page))
        .forEach(r -> roles.add(toJobRole(r)));
    Directory.Builder directory = Directory.builder().addAllPeople(people).addAllJobRoles(roles);
    scopes.scopeNames().ifPresent(directory::scopes);
    return directory.build();
  }

  private <T> void report(String resource, int consumedBefore, Page<T> page) {
    progress.onPage(resource, consumedBefore + page.data().size(), page.total());
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

  /** Receives progress while the directory is read; called on the reading thread. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called after each page.
     *
     * @param resource {@code people} or {@code job-roles}
     * @param fetched rows received so far for that resource
     * @param total the server's total, when reported
     */
    void onPage(String resource, int fetched, OptionalInt total);

    /**
     * Called before reading with each of {@link TokenScopes#warnings()}: what the token cannot
     * see, or that its scopes are unknown (the checks then treat the directory as complete, as
     * the spec says, so a caller should show this). Does nothing by default.
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

    /** Sets how many pages are requested at once after the first (default 4; 1 is serial). */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be between 1 and 64: " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /** Reports progress after each page (default: none). */
    public Builder progress(ProgressListener listener) {
      this.progress = requireNonNull(listener, "listener == null");
      return this;
    }

    /** Returns the reader. */
    public DirectoryReader build() {
      return new DirectoryReader(this);
    }
  }
}
