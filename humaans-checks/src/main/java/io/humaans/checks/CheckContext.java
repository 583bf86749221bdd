package io.humaans.checks;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The shared, precomputed view of one run: per-person facts, email and id indexes, matched
 * accounts and seats, policies by system and waivers. Built once, in time linear in the input
 * (hash joins only), and read by every check.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.of(input, config);
 * List<CheckResult> results = new UniqueIdentityCheck().evaluate(context);
 * }</pre>
 *
 * <p>Lists are sorted by subject id. Instances are immutable and thread-safe.
 */
public final class CheckContext {
  private final CheckInput input;
  private final CheckConfig config;
  private final long asOfDay;
  private final List<PersonFacts> people;
  // Person ids numbered by StringSlots; firstById[slot] is the first record by subject id.
  private final StringSlots personIds;
  private final RefColumn<PersonFacts> firstById;
  private final StringSlots emails;
  private final int[] notLeftByEmail;
  private final List<AccountFacts> accounts;
  private final List<SeatFacts> seats;
  private final Map<String, List<AccessRule>> rulesBySystem;
  private final Map<String, Map<String, Waiver>> waivers;
  private final int jobRolesWithoutPerson;

  private CheckContext(CheckInput input, CheckConfig config) {
    this.input = input;
    this.config = config;
    LocalDate asOf = config.asOf();
    this.asOfDay = asOf.toEpochDay();
    Directory directory = input.directory();

    // Account and seat subject ids and the account links depend on nothing of the people:
    // compute them on another thread while the person tables are built here.
    ForkJoinTask<Prepared> preparedTask = ForkJoinPool.commonPool().submit(() -> prepare(input));

    // Person ids: one slot per distinct id, with the number of records carrying it.
    List<Person> persons = directory.people();
    int n = persons.size();
    StringSlots ids = new StringSlots(n);
    int[] slotOf = new int[n];
    int[] idCounts = new int[n];
    for (int i = 0; i < n; i++) {
      int slot = ids.addOrGet(persons.get(i).id());
      slotOf[i] = slot < 0 ? -slot - 1 : slot;
      idCounts[slotOf[i]]++;
    }
    int distinct = ids.size();

    // Job-role aggregates per person id; rows naming no person are counted and ignored.
    RoleTable roles = RoleTable.build(directory.jobRoles(), ids, distinct, asOf);
    RefColumn<@Nullable JobRole> current = roles.current;
    int[] rows = roles.rows;
    int[] future = roles.future;
    RefColumn<@Nullable JobRole> upcoming = roles.upcoming;
    int orphans = roles.orphans;
    this.jobRolesWithoutPerson = orphans;

    RefColumn<String> personSubjects =
        subjectIds(persons, Person::id, ids, slotOf, idCounts, Comparator.comparing(Object::toString));
    // Facts go straight to their place in subject-id order. The large tables of references and
    // those kept for the run are chunked columns, never one big array (see ChunkedColumn for why
    // the collector cares); short-lived int arrays stay plain (G1 frees those at a young pause).
    int[] order = IndexSort.byKey(personSubjects, n);
    RefColumn<PersonFacts> facts = new RefColumn<>(n);
    // Each record is derived on its own: split the records over the cores.
    IntStream.range(0, n)
        .parallel()
        .forEach(
            k -> {
              int i = order[k];
              int slot = slotOf[i];
              PersonFacts f =
                  derive(persons.get(i), personSubjects.get(i), idCounts[slot], current.get(slot),
                      rows[slot], future[slot], upcoming.get(slot), asOf);
              f.slot(slot);
              f.index(k);
              facts.set(k, f);
            });
    this.people = facts.asList(n);

    // Emails: one slot per normalized email, its preferred holder and counts.
    RefColumn<@Nullable PersonFacts> first = new RefColumn<>(distinct);
    StringSlots mails = new StringSlots(n);
    RefColumn<PersonFacts> owner = new RefColumn<>(n);
    int[] records = new int[n];
    int[] notLeft = new int[n];
    int[] emailOf = new int[n];
    for (int i = 0; i < n; i++) {
      PersonFacts f = facts.get(i);
      if (first.get(f.slot()) == null) {
        first.set(f.slot(), f);
      }
      String email = f.normalizedEmailOrNull();
      emailOf[i] = -1;
      if (email != null) {
        int slot = mails.addOrGet(email);
        if (slot < 0) {
          slot = -slot - 1;
          owner.set(slot, f);
        } else if (owner.get(slot).left() && !f.left()) {
          owner.set(slot, f);
        }
        emailOf[i] = slot;
        records[slot]++;
        if (!f.left()) {
          notLeft[slot]++;
        }
      }
    }
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              PersonFacts f = facts.get(i);
              JobRole role = f.currentRoleOrNull();
              String managerId = role == null ? null : stripped(role.reportingTo().orElse(null));
              int managerSlot = managerId == null ? -1 : ids.get(managerId);
              f.manager(managerId, managerSlot < 0 ? null : first.get(managerSlot));
              if (emailOf[i] >= 0) {
                f.notLeftWithEmail(notLeft[emailOf[i]]);
              }
            });
    this.personIds = ids;
    this.firstById = first;
    this.emails = mails;
    this.notLeftByEmail = notLeft;

    // Accounts and seats only read the tables above; each record is matched on its own, so the
    // records are split over the cores (the lookups wait on memory, so two threads overlap them).
    Prepared prepared = preparedTask.join();
    this.accounts = matchAccounts(input, prepared, ids, first, mails, owner, records);
    this.seats = matchSeats(input.seats(), prepared, mails, owner);

    Map<String, List<AccessRule>> rules = new HashMap<>();
    for (AccessPolicy policy : input.policies()) {
      String system = Objects.requireNonNullElse(Text.key(policy.system()), "");
      rules.computeIfAbsent(system, k -> new ArrayList<>()).addAll(policy.rules());
    }
    rules.replaceAll((k, v) -> List.copyOf(v));
    this.rulesBySystem = rules;

    Map<String, Map<String, Waiver>> w = new HashMap<>();
    for (Waiver waiver : input.waivers()) {
      Map<String, Waiver> bySubject = w.computeIfAbsent(waiver.checkId(), k -> new HashMap<>());
      bySubject.merge(waiver.subjectId(), waiver, CheckContext::longerWaiver);
    }
    this.waivers = w;
  }

  /**
   * Builds the context for one run; linear in the input size.
   *
   * @throws NullPointerException if an argument is null
   */
  public static CheckContext of(CheckInput input, CheckConfig config) {
    Objects.requireNonNull(input, "input == null");
    Objects.requireNonNull(config, "config == null");
    return new CheckContext(input, config);
  }

  /** Job-role aggregates per person slot, built over two halves of the rows in parallel. */
  private static final class RoleTable {
    final RefColumn<@Nullable JobRole> current;
    final int[] rows;
    final int[] future;
    final RefColumn<@Nullable JobRole> upcoming;
    int orphans;

    private RoleTable(int distinct) {
      current = new RefColumn<>(distinct);
      rows = new int[distinct];
      future = new int[distinct];
      upcoming = new RefColumn<>(distinct);
    }

    static RoleTable build(List<JobRole> roles, StringSlots ids, int distinct, LocalDate asOf) {
      int n = roles.size();
      if (n < 50_000) {
        RoleTable t = new RoleTable(distinct);
        t.add(roles, 0, n, ids, asOf);
        return t;
      }
      int mid = n / 2;
      ForkJoinTask<RoleTable> upper =
          ForkJoinPool.commonPool()
              .submit(
                  () -> {
                    RoleTable t = new RoleTable(distinct);
                    t.add(roles, mid, n, ids, asOf);
                    return t;
                  });
      RoleTable lower = new RoleTable(distinct);
      lower.add(roles, 0, mid, ids, asOf);
      lower.merge(upper.join());
      return lower;
    }

    private void add(List<JobRole> roles, int from, int to, StringSlots ids, LocalDate asOf) {
      for (int r = from; r < to; r++) {
        JobRole role = roles.get(r);
        int slot = ids.get(role.personId());
        if (slot < 0) {
          orphans++;
          continue;
        }
        rows[slot]++;
        LocalDate start = role.effectiveDate().orElse(null);
        if (start == null) {
          continue;
        }
        if (start.isAfter(asOf)) {
          future[slot]++;
          upcoming.set(slot, earlierUpcoming(upcoming.get(slot), role));
          continue;
        }
        LocalDate end = role.endDate().orElse(null);
        if (end != null && end.isBefore(asOf)) {
          continue;
        }
        current.set(slot, laterCurrent(current.get(slot), role));
      }
    }

    private void merge(RoleTable other) {
      orphans += other.orphans;
      for (int s = 0; s < rows.length; s++) {
        if (other.rows[s] == 0) {
          continue;
        }
        rows[s] += other.rows[s];
        future[s] += other.future[s];
        JobRole otherUpcoming = other.upcoming.get(s);
        if (otherUpcoming != null) {
          upcoming.set(s, earlierUpcoming(upcoming.get(s), otherUpcoming));
        }
        JobRole otherCurrent = other.current.get(s);
        if (otherCurrent != null) {
          current.set(s, laterCurrent(current.get(s), otherCurrent));
        }
      }
    }

    /** The upcoming role: earliest start, ties to the greater role by {@link #ROLE_ORDER}. */
    private static JobRole earlierUpcoming(@Nullable JobRole u, JobRole role) {
      if (u == null) {
        return role;
      }
      LocalDate start = role.effectiveDate().orElseThrow();
      LocalDate us = u.effectiveDate().orElseThrow();
      int cmp = start.compareTo(us);
      return cmp < 0 || (cmp == 0 && ROLE_ORDER.compare(role, u) > 0) ? role : u;
    }

    private static JobRole laterCurrent(@Nullable JobRole c, JobRole role) {
      return c == null || ROLE_ORDER.compare(role, c) > 0 ? role : c;
    }
  }

  /** Orders current-role candidates: later effectiveDate, then later createdAt, then id. */
  private static final Comparator<JobRole> ROLE_ORDER =
      Comparator.comparing((JobRole r) -> r.effectiveDate().orElse(LocalDate.MIN))
          .thenComparing(
              r -> r.createdAt().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(JobRole::id)
          .thenComparing(Object::toString);

  private static PersonFacts derive(
      Person p,
      String subjectId,
      int sameId,
      @Nullable JobRole current,
      int rows,
      int future,
      @Nullable JobRole upcoming,
      LocalDate asOf) {
    String status = Text.key(p.status().orElse(null));
    LocalDate start = p.employmentStartDate().orElse(null);
    LocalDate end = p.employmentEndDate().orElse(null);
    LocalDate lastWorking = p.lastWorkingDay().orElse(null);
    boolean left = "offboarded".equals(status) || (end != null && end.isBefore(asOf));
    boolean preHire = !left && ("newhire".equals(status) || (start != null && start.isAfter(asOf)));
    LocalDate lastDay = null;
    if (left) {
      if (lastWorking != null && (end == null || !lastWorking.isAfter(end))) {
        lastDay = lastWorking;
      } else {
        lastDay = end;
      }
    }
    return new PersonFacts(
        p,
        subjectId,
        sameId,
        Text.key(p.email().orElse(null)),
        left,
        preHire,
        current,
        rows,
        future,
        upcoming,
        lastDay);
  }

  // Accounts and seats are matched in batches whose table reads are started together.
  private static final int BATCH = 16;

  /** The account and seat work that does not depend on the people. */
  private static final class Prepared {
    final Map<String, String> links;
    final RefColumn<String> accountSubjects;
    final RefColumn<String> accountSystems;
    // Input positions in subject-id order.
    final int[] accountOrder;
    final RefColumn<String> seatSubjects;
    final int[] seatOrder;

    Prepared(
        Map<String, String> links,
        RefColumn<String> accountSubjects,
        int accounts,
        RefColumn<String> accountSystems,
        RefColumn<String> seatSubjects,
        int seats) {
      this.links = links;
      this.accountSubjects = accountSubjects;
      this.accountSystems = accountSystems;
      this.accountOrder = IndexSort.byKey(accountSubjects, accounts);
      this.seatSubjects = seatSubjects;
      this.seatOrder = IndexSort.byKey(seatSubjects, seats);
    }
  }

  private static Prepared prepare(CheckInput input) {
    Map<String, String> links = new HashMap<>();
    for (AccountLink link : input.accountLinks()) {
      String key = Objects.requireNonNullElse(Text.key(link.system()), "") + '\u0000' + link.accountId();
      links.merge(key, link.personId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    List<Account> list = input.accounts();
    RefColumn<String> systems = new RefColumn<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      systems.set(i, Objects.requireNonNullElse(Text.key(list.get(i).system()), ""));
    }
    Comparator<Account> dupOrder =
        Comparator.comparing((Account a) -> Objects.requireNonNullElse(Text.key(a.system()), ""))
            .thenComparing(Object::toString);
    RefColumn<String> accountSubjects = subjectIds(list, Account::id, dupOrder);
    Comparator<Seat> seatOrder = Comparator.comparing(Seat::product).thenComparing(Object::toString);
    RefColumn<String> seatSubjects = subjectIds(input.seats(), Seat::id, seatOrder);
    return new Prepared(
        links, accountSubjects, list.size(), systems, seatSubjects, input.seats().size());
  }

  private static List<AccountFacts> matchAccounts(
      CheckInput input,
      Prepared prepared,
      StringSlots ids,
      RefColumn<PersonFacts> firstById,
      StringSlots emails,
      RefColumn<PersonFacts> owner,
      int[] records) {
    int[] order = prepared.accountOrder;
    RefColumn<AccountFacts> out = new RefColumn<>(order.length);
    inBatches(input.accounts(), order, Account::email, emails, (k, i, account, email) ->
        matchAccount(k, i, account, email, prepared, ids, firstById, owner, records, out));
    return out.asList(order.length);
  }

  /** Receives one record of {@link #inBatches} with its email's slot (-1 when none). */
  private interface RowMatcher<T> {
    void match(int k, int i, T record, int emailSlot);
  }

  /**
   * Calls {@code matcher} for row {@code k} of every position, record {@code order[k]} of
   * {@code list}, over both cores; emails are looked up {@value #BATCH} at a time so that the
   * batch's table reads overlap (see {@link StringSlots#getNormalized(String[], int, int[])}).
   */
  private static <T> void inBatches(
      List<T> list,
      int[] order,
      Function<T, Optional<String>> email,
      StringSlots emails,
      RowMatcher<T> matcher) {
    IntStream.range(0, (order.length + BATCH - 1) / BATCH).parallel().forEach(batch -> {
      int from = batch * BATCH;
      int count = Math.min(BATCH, order.length - from);
      List<T> records = new ArrayList<>(count);
      String[] raws = new String[count];
      int[] found = new int[count];
      for (int j = 0; j < count; j++) {
        records.add(list.get(order[from + j]));
      }
      for (int j = 0; j < count; j++) {
        raws[j] = email.apply(records.get(j)).orElse(null);
      }
      emails.getNormalized(raws, count, found);
      for (int j = 0; j < count; j++) {
        matcher.match(from + j, order[from + j], records.get(j), found[j]);
      }
    });
  }

  /** Matches one account (input position {@code i}) into row {@code k}. */
  private static void matchAccount(
      int k,
      int i,
      Account a,
      int email,
      Prepared prepared,
      StringSlots ids,
      RefColumn<PersonFacts> firstById,
      RefColumn<PersonFacts> owner,
      int[] records,
      RefColumn<AccountFacts> out) {
    Map<String, String> links = prepared.links;
    String system = prepared.accountSystems.get(i);
    String linked = links.isEmpty() ? null : links.get(system + '\u0000' + a.id());
    PersonFacts holder;
    String matchedBy;
    if (linked != null) {
      int slot = ids.get(linked);
      holder = slot < 0 ? null : firstById.get(slot);
      matchedBy = holder == null ? null : AccountFacts.MATCHED_BY_LINK;
    } else {
      holder = email < 0 ? null : owner.get(email);
      matchedBy = holder == null ? null : AccountFacts.MATCHED_BY_EMAIL;
    }
    String state = Text.key(a.state().orElse(null));
    out.set(
        k,
        new AccountFacts(
            a,
            prepared.accountSubjects.get(i),
            system,
            holder,
            matchedBy,
            linked,
            email < 0 ? 0 : records[email],
            Account.STATE_SUSPENDED.equals(state),
            Account.STATE_DELETED.equals(state)));
  }

  private static List<SeatFacts> matchSeats(
      List<Seat> list, Prepared prepared, StringSlots emails, RefColumn<PersonFacts> owner) {
    int[] order = prepared.seatOrder;
    RefColumn<SeatFacts> out = new RefColumn<>(order.length);
    inBatches(list, order, Seat::email, emails, (k, i, seat, email) ->
        out.set(k, new SeatFacts(seat, prepared.seatSubjects.get(i),
            email < 0 ? null : owner.get(email))));
    return out.asList(order.length);
  }

  private static <T> RefColumn<String> subjectIds(
      List<T> items, Function<T, String> id, Comparator<T> dupOrder) {
    StringSlots slots = new StringSlots(items.size());
    int[] slotOf = new int[items.size()];
    int[] counts = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      int slot = slots.addOrGet(id.apply(items.get(i)));
      slotOf[i] = slot < 0 ? -slot - 1 : slot;
      counts[slotOf[i]]++;
    }
    return subjectIds(items, id, slots, slotOf, counts, dupOrder);
  }

  /**
   * Returns subject ids parallel to {@code items}: the id itself when unique, else the id for
   * the first of its group and {@code id#2, id#3, ...} for the rest, the group ordered by
   * {@code dupOrder} so that input order never matters.
   */
  private static <T> RefColumn<String> subjectIds(
      List<T> items,
      Function<T, String> id,
      StringSlots slots,
      int[] slotOf,
      int[] counts,
      Comparator<T> dupOrder) {
    RefColumn<String> out = new RefColumn<>(items.size());
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (counts[slotOf[i]] == 1) {
        out.set(i, key);
      } else {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    if (groups.isEmpty()) {
      return out;
    }
    // Suffixes skip any value that is already an id or already given, so subject ids stay
    // unique even when a real id looks like "x#2"; groups go in id order for determinism.
    Set<String> given = new HashSet<>();
    List<String> keys = new ArrayList<>(groups.keySet());
    Collections.sort(keys);
    for (String key : keys) {
      List<Integer> members = groups.get(key);
      members.sort((x, y) -> dupOrder.compare(items.get(x), items.get(y)));
      out.set(members.get(0), key);
      int suffix = 2;
      for (int m = 1; m < members.size(); m++) {
        String candidate = key + '#' + suffix++;
        while (slots.get(candidate) >= 0 || !given.add(candidate)) {
          candidate = key + '#' + suffix++;
        }
        out.set(members.get(m), candidate);
      }
    }
    return out;
  }

  private static @Nullable String stripped(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }

  private static Waiver longerWaiver(Waiver a, Waiver b) {
    LocalDate ea = a.expiresOn().orElse(LocalDate.MAX);
    LocalDate eb = b.expiresOn().orElse(LocalDate.MAX);
    int cmp = ea.compareTo(eb);
    if (cmp != 0) {
      return cmp > 0 ? a : b;
    }
    return a.toString().compareTo(b.toString()) <= 0 ? a : b;
  }

  /** The input as given. */
  public CheckInput input() {
    return input;
  }

  /** The configuration. */
  public CheckConfig config() {
    return config;
  }

  /** The evaluation date. */
  public LocalDate asOf() {
    return config.asOf();
  }

  /** The evaluation date as an epoch day. */
  public long asOfEpochDay() {
    return asOfDay;
  }

  /** Whether the directory was read without {@code private:read}. */
  public boolean isPartial() {
    return input.directory().isPartial();
  }

  /** Every person record with its derived facts, sorted by subject id. */
  public List<PersonFacts> people() {
    return people;
  }

  /** The person with this id (the first record by subject id when the id repeats). */
  public Optional<PersonFacts> personById(@Nullable String id) {
    int slot = id == null ? -1 : personIds.get(id);
    return slot < 0 ? Optional.empty() : Optional.of(firstById.get(slot));
  }

  /** How many people who have not left carry this normalized email. */
  public int notLeftWithEmail(String normalizedEmail) {
    int slot = emails.get(normalizedEmail);
    return slot < 0 ? 0 : notLeftByEmail[slot];
  }

  /** Every account with its holder, sorted by subject id. */
  public List<AccountFacts> accounts() {
    return accounts;
  }

  /** Every seat with its holder, sorted by subject id. */
  public List<SeatFacts> seats() {
    return seats;
  }

  /** The activity events as given. */
  public List<ActivityEvent> events() {
    return input.events();
  }

  /** The combined rules of the policies for a normalized system; empty when it has no policy. */
  public Optional<List<AccessRule>> rulesFor(String system) {
    return Optional.ofNullable(rulesBySystem.get(system));
  }

  /** How many job-role rows name no person of the directory (they are otherwise ignored). */
  public int jobRolesWithoutPerson() {
    return jobRolesWithoutPerson;
  }

  /**
   * Finishes a check's results: applies waivers (an unexpired waiver turns a FAIL into WAIVED,
   * keeping the reason and adding {@code waiver} and {@code waiverExpiresOn} to the evidence; an
   * expired one leaves the FAIL and adds {@code waiverExpiredOn}), then sorts by subject id.
   * Checks call this last.
   *
   * @return an unmodifiable list
   */
  public List<CheckResult> finish(List<CheckResult> results) {
    ResultColumns out;
    if (results instanceof ResultColumns && !((ResultColumns) results).isFrozen()) {
      out = (ResultColumns) results;
    } else {
      out = new ResultColumns(results.size());
      out.addAll(results);
    }
    if (!waivers.isEmpty()) {
      Map<String, Waiver> forCheck = null;
      String forCheckId = null;
      for (int i = 0, n = out.size(); i < n; i++) {
        if (out.status(i) != Status.FAIL) {
          continue;
        }
        String checkId = out.verdict(i).checkId;
        if (!checkId.equals(forCheckId)) {
          forCheckId = checkId;
          forCheck = waivers.get(forCheckId);
        }
        Waiver waiver = forCheck == null ? null : forCheck.get(out.subjectId(i));
        if (waiver != null) {
          out.set(i, waive(out.get(i), waiver));
        }
      }
    }
    // Checks walk their subjects in subject-id order, so the results are usually sorted already.
    if (!out.increasing()) {
      out.sort(RESULT_ORDER);
    }
    return out.freeze();
  }

  /**
   * Returns an empty, growable list for a check's results, to be passed to {@link #finish}; it
   * keeps results as a few arrays rather than one object each, which suits millions of results.
   * Not thread-safe.
   *
   * @param expectedSize how many results are expected (a hint; the list grows as needed)
   */
  public List<CheckResult> newResults(int expectedSize) {
    return new ResultColumns(expectedSize);
  }

  private CheckResult waive(CheckResult r, Waiver waiver) {
    LocalDate expires = waiver.expiresOn().orElse(null);
    CheckResult.Builder b = CheckResult.builder().from(r);
    if (expires != null && expires.isBefore(config.asOf())) {
      return b.putEvidence("waiverExpiredOn", expires.toString()).build();
    }
    b.status(Status.WAIVED).putEvidence("waiver", waiver.reason());
    if (expires != null) {
      b.putEvidence("waiverExpiresOn", expires.toString());
    }
    return b.build();
  }

  /** Results by subject id; exact ties (only possible with odd ids) by their full content. */
  static final Comparator<CheckResult> RESULT_ORDER =
      Comparator.comparing(CheckResult::subjectId)
          .thenComparing(CheckResult::status)
          .thenComparing(CheckResult::reasonCode)
          .thenComparing(CheckResult::detail)
          .thenComparing(r -> r.evidence().toString());
}
