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
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
  private final Map<String, PersonFacts> personById;
  private final Map<String, EmailEntry> byEmail;
  private final List<AccountFacts> accounts;
  private final List<SeatFacts> seats;
  private final Map<String, List<AccessRule>> rulesBySystem;
  private final Map<String, Map<String, Waiver>> waivers;
  private final int jobRolesWithoutPerson;

  /** Per normalized email: the preferred holder and how many records carry the email. */
  private static final class EmailEntry {
    PersonFacts owner;
    int records;
    int notLeft;

    EmailEntry(PersonFacts owner) {
      this.owner = owner;
    }
  }

  /** Per person id: job-role aggregates. */
  private static final class Roles {
    @Nullable JobRole current;
    int rows;
    int future;
  }

  private CheckContext(CheckInput input, CheckConfig config) {
    this.input = input;
    this.config = config;
    LocalDate asOf = config.asOf();
    this.asOfDay = asOf.toEpochDay();
    Directory directory = input.directory();

    Map<String, Roles> roles = new HashMap<>();
    for (JobRole role : directory.jobRoles()) {
      Roles agg = roles.computeIfAbsent(role.personId(), k -> new Roles());
      agg.rows++;
      LocalDate start = role.effectiveDate().orElse(null);
      if (start == null) {
        continue;
      }
      if (start.isAfter(asOf)) {
        agg.future++;
        continue;
      }
      LocalDate end = role.endDate().orElse(null);
      if (end != null && end.isBefore(asOf)) {
        continue;
      }
      if (agg.current == null || ROLE_ORDER.compare(role, agg.current) > 0) {
        agg.current = role;
      }
    }

    List<Person> persons = directory.people();
    Map<String, Integer> idCounts = counts(persons, Person::id);
    String[] personSubjects =
        subjectIds(persons, Person::id, idCounts, Comparator.comparing(Object::toString));
    List<PersonFacts> facts = new ArrayList<>(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      Roles agg = roles.get(p.id());
      facts.add(derive(p, personSubjects[i], idCounts.get(p.id()), agg, asOf));
    }
    this.people = sorted(facts, Comparator.comparing(PersonFacts::subjectId));

    Map<String, PersonFacts> byId = new HashMap<>(capacity(facts.size()));
    Map<String, EmailEntry> emails = new HashMap<>(capacity(facts.size()));
    EmailEntry[] entryOf = new EmailEntry[people.size()];
    for (int i = 0; i < people.size(); i++) {
      PersonFacts f = people.get(i);
      f.index(i);
      byId.putIfAbsent(f.person().id(), f);
      String email = f.normalizedEmailOrNull();
      if (email != null) {
        EmailEntry entry = emails.get(email);
        if (entry == null) {
          entry = new EmailEntry(f);
          emails.put(email, entry);
        } else if (entry.owner.left() && !f.left()) {
          entry.owner = f;
        }
        entryOf[i] = entry;
        entry.records++;
        if (!f.left()) {
          entry.notLeft++;
        }
      }
    }
    this.personById = byId;
    this.byEmail = emails;
    for (int i = 0; i < people.size(); i++) {
      PersonFacts f = people.get(i);
      JobRole role = f.currentRoleOrNull();
      String managerId = role == null ? null : stripped(role.reportingTo().orElse(null));
      f.manager(managerId, managerId == null ? null : byId.get(managerId));
      if (entryOf[i] != null) {
        f.notLeftWithEmail(entryOf[i].notLeft);
      }
    }
    int orphans = 0;
    for (Map.Entry<String, Roles> e : roles.entrySet()) {
      if (!byId.containsKey(e.getKey())) {
        orphans += e.getValue().rows;
      }
    }
    this.jobRolesWithoutPerson = orphans;

    this.accounts = matchAccounts(input, byId, emails);
    this.seats = matchSeats(input.seats(), emails);

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

  /** Orders current-role candidates: later effectiveDate, then later createdAt, then id. */
  private static final Comparator<JobRole> ROLE_ORDER =
      Comparator.comparing((JobRole r) -> r.effectiveDate().orElse(LocalDate.MIN))
          .thenComparing(
              r -> r.createdAt().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(JobRole::id)
          .thenComparing(Object::toString);

  private static PersonFacts derive(
      Person p, String subjectId, int sameId, @Nullable Roles agg, LocalDate asOf) {
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
        agg == null ? null : agg.current,
        agg == null ? 0 : agg.rows,
        agg == null ? 0 : agg.future,
        lastDay);
  }

  private static List<AccountFacts> matchAccounts(
      CheckInput input, Map<String, PersonFacts> byId, Map<String, EmailEntry> emails) {
    Map<String, String> links = new HashMap<>();
    for (AccountLink link : input.accountLinks()) {
      String key = Objects.requireNonNullElse(Text.key(link.system()), "") + '\u0000' + link.accountId();
      links.merge(key, link.personId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    List<Account> list = input.accounts();
    Comparator<Account> dupOrder =
        Comparator.comparing((Account a) -> Objects.requireNonNullElse(Text.key(a.system()), ""))
            .thenComparing(Object::toString);
    String[] subjects = subjectIds(list, Account::id, counts(list, Account::id), dupOrder);
    List<AccountFacts> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Account a = list.get(i);
      String system = Objects.requireNonNullElse(Text.key(a.system()), "");
      String linked = links.isEmpty() ? null : links.get(system + '\u0000' + a.id());
      String email = Text.key(a.email().orElse(null));
      EmailEntry entry = email == null ? null : emails.get(email);
      PersonFacts holder;
      String matchedBy;
      if (linked != null) {
        holder = byId.get(linked);
        matchedBy = holder == null ? null : AccountFacts.MATCHED_BY_LINK;
      } else {
        holder = entry == null ? null : entry.owner;
        matchedBy = holder == null ? null : AccountFacts.MATCHED_BY_EMAIL;
      }
      String state = Text.key(a.state().orElse(null));
      out.add(
          new AccountFacts(
              a,
              subjects[i],
              system,
              holder,
              matchedBy,
              linked,
              entry == null ? 0 : entry.records,
              Account.STATE_SUSPENDED.equals(state),
              Account.STATE_DELETED.equals(state)));
    }
    return sorted(out, Comparator.comparing(AccountFacts::subjectId));
  }

  private static List<SeatFacts> matchSeats(List<Seat> list, Map<String, EmailEntry> emails) {
    Comparator<Seat> dupOrder = Comparator.comparing(Seat::product).thenComparing(Object::toString);
    String[] subjects = subjectIds(list, Seat::id, counts(list, Seat::id), dupOrder);
    List<SeatFacts> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Seat s = list.get(i);
      String email = Text.key(s.email().orElse(null));
      EmailEntry entry = email == null ? null : emails.get(email);
      out.add(new SeatFacts(s, subjects[i], entry == null ? null : entry.owner));
    }
    return sorted(out, Comparator.comparing(SeatFacts::subjectId));
  }

  /**
   * Returns subject ids parallel to {@code items}: the id itself when unique, else the id for
   * the first of its group and {@code id#2, id#3, ...} for the rest, the group ordered by
   * {@code dupOrder} so that input order never matters.
   */
  private static <T> String[] subjectIds(
      List<T> items, Function<T, String> id, Map<String, Integer> counts, Comparator<T> dupOrder) {
    String[] out = new String[items.size()];
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (counts.get(key) == 1) {
        out[i] = key;
      } else {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    if (groups.isEmpty()) {
      return out;
    }
    // Suffixes skip any value that is already an id or already given, so subject ids stay
    // unique even when a real id looks like "x#2"; groups go in id order for determinism.
    Set<String> taken = new HashSet<>(counts.keySet());
    List<String> keys = new ArrayList<>(groups.keySet());
    Collections.sort(keys);
    for (String key : keys) {
      List<Integer> members = groups.get(key);
      members.sort((x, y) -> dupOrder.compare(items.get(x), items.get(y)));
      out[members.get(0)] = key;
      int suffix = 2;
      for (int n = 1; n < members.size(); n++) {
        String candidate = key + '#' + suffix++;
        while (!taken.add(candidate)) {
          candidate = key + '#' + suffix++;
        }
        out[members.get(n)] = candidate;
      }
    }
    return out;
  }

  /** Sorts with {@link Arrays#parallelSort}; returns an unmodifiable list. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    T[] array = (T[]) items.toArray();
    Arrays.parallelSort(array, order);
    return Collections.unmodifiableList(Arrays.asList(array));
  }

  private static <T> Map<String, Integer> counts(List<T> items, Function<T, String> id) {
    Map<String, Integer> counts = new HashMap<>(capacity(items.size()));
    for (T item : items) {
      counts.merge(id.apply(item), 1, Integer::sum);
    }
    return counts;
  }

  private static @Nullable String stripped(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }

  private static int capacity(int size) {
    return (int) Math.min(1 << 30, size * 4L / 3 + 16);
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
    return id == null ? Optional.empty() : Optional.ofNullable(personById.get(id));
  }

  /** How many people who have not left carry this normalized email. */
  public int notLeftWithEmail(String normalizedEmail) {
    EmailEntry entry = byEmail.get(normalizedEmail);
    return entry == null ? 0 : entry.notLeft;
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
    List<CheckResult> out = new ArrayList<>(results);
    if (!waivers.isEmpty()) {
      Map<String, Waiver> forCheck = null;
      String forCheckId = null;
      for (int i = 0; i < out.size(); i++) {
        CheckResult r = out.get(i);
        if (r.status() != Status.FAIL) {
          continue;
        }
        if (!r.checkId().equals(forCheckId)) {
          forCheckId = r.checkId();
          forCheck = waivers.get(forCheckId);
        }
        Waiver waiver = forCheck == null ? null : forCheck.get(r.subjectId());
        if (waiver != null) {
          out.set(i, waive(r, waiver));
        }
      }
    }
    // Checks walk their subjects in subject-id order, so the results are usually sorted already.
    if (!increasingSubjects(out)) {
      out.sort(RESULT_ORDER);
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean increasingSubjects(List<CheckResult> results) {
    for (int i = 1; i < results.size(); i++) {
      if (results.get(i - 1).subjectId().compareTo(results.get(i).subjectId()) >= 0) {
        return false;
      }
    }
    return true;
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
