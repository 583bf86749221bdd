package io.humaans.checks;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.ActivityEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the one implementation of {@link CheckContext}. It builds the {@link PeopleTable} while a
 * common-pool thread {@linkplain HolderTable#prepare prepares} the accounts and seats, then matches
 * those; the joins only some checks read ({@link #accountsOf}, {@link #managerCycle}) are built on
 * first use.
 */
final class RunContext implements CheckContext {
  private final CheckInput input;
  private final CheckConfig config;
  private final boolean partial; // read for every seat by the licence checks
  private final PeopleTable people;
  private final List<PersonFacts> peopleList;
  private final List<AccountFacts> accounts;
  private final List<SeatFacts> seats;
  private final Map<String, List<AccessRule>> rulesBySystem;
  private final Waivers waivers;
  private final SubjectLabels labels;
  private volatile @Nullable AccountsByHolder accountsByHolder;
  private volatile @Nullable ManagerCycles managerCycles;

  RunContext(CheckInput input, CheckConfig config) {
    this.input = input;
    this.config = config;
    this.partial = input.directory().isPartial();
    // Account and seat subject ids and links need no people: prepare them meanwhile.
    ForkJoinTask<HolderTable> holders =
        ForkJoinPool.commonPool().submit(() -> HolderTable.prepare(input));
    this.people = new PeopleTable(input.directory(), config.asOf());
    this.peopleList = people.asList();
    HolderTable table = holders.join();
    this.accounts = table.accounts(input.accounts(), people);
    this.seats = table.seats(input.seats(), people);

    Map<String, List<AccessRule>> rules = new HashMap<>();
    for (AccessPolicy policy : input.policies()) {
      String system = Objects.requireNonNullElse(Normalization.key(policy.system()), "");
      rules.computeIfAbsent(system, k -> new ArrayList<>()).addAll(policy.rules());
    }
    rules.replaceAll((k, v) -> List.copyOf(v));
    this.rulesBySystem = rules;
    this.waivers = new Waivers(input.waivers(), accounts, config.asOf());
    this.labels = new SubjectLabels(peopleList, accounts, seats);
  }

  @Override
  public CheckInput input() {
    return input;
  }

  @Override
  public CheckConfig config() {
    return config;
  }

  @Override
  public LocalDate asOf() {
    return config.asOf();
  }

  @Override
  public boolean isPartial() {
    return partial;
  }

  @Override
  public List<PersonFacts> people() {
    return peopleList;
  }

  @Override
  public Optional<PersonFacts> personById(String id) {
    return Optional.ofNullable(people.byId(Objects.requireNonNull(id, "id == null")));
  }

  @Override
  public List<AccountFacts> accounts() {
    return accounts;
  }

  @Override
  public List<AccountFacts> accountsOf(PersonFacts person) {
    AccountsByHolder byHolder = accountsByHolder;
    if (byHolder == null) {
      synchronized (this) {
        byHolder = accountsByHolder;
        if (byHolder == null) {
          byHolder = new AccountsByHolder(accounts, people.size());
          accountsByHolder = byHolder;
        }
      }
    }
    return byHolder.of(checkOwn(person).position());
  }

  @Override
  public List<PersonFacts> managerCycle(PersonFacts person) {
    ManagerCycles cycles = managerCycles;
    if (cycles == null) {
      synchronized (this) {
        cycles = managerCycles;
        if (cycles == null) {
          cycles = new ManagerCycles(peopleList);
          managerCycles = cycles;
        }
      }
    }
    return cycles.of(checkOwn(person).position());
  }

  private PersonFacts checkOwn(PersonFacts person) {
    int position = person.position();
    if (position >= peopleList.size() || peopleList.get(position) != person) {
      throw new IllegalArgumentException("not a person of this context: " + person);
    }
    return person;
  }

  @Override
  public List<SeatFacts> seats() {
    return seats;
  }

  @Override
  public List<ActivityEvent> events() {
    return input.events();
  }

  @Override
  public Optional<List<AccessRule>> rulesFor(String system) {
    return Optional.ofNullable(rulesBySystem.get(system));
  }

  /** How many job-role rows name no person of the directory. */
  int jobRolesWithoutPerson() {
    return people.jobRolesWithoutPerson;
  }

  /** Applies the waivers to a check's results, sorts them by subject id and freezes them. */
  ResultColumns finish(ResultColumns results) {
    results.labels(labels);
    return waivers.finish(results);
  }
}
