package io.humaans.checks;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.Seat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Engine: accounts and seats matched to their holders, as {@link AccountFacts} and {@link
 * SeatFacts} in subject-id order.
 *
 * <p>{@link #prepare} does the work that needs no people (subject ids, sort orders, links) and runs
 * while the people are built; {@link #accounts} and {@link #seats} then match each record on its
 * own over both cores. Emails are looked up {@value #BATCH} at a time so that the batch's table
 * reads overlap (see {@link StringSlots#getNormalized(String[], int, int[])}).
 */
final class HolderTable {
  private static final int BATCH = 16;

  private final Map<String, String> links;
  private final RefColumn<String> accountSubjects;
  private final RefColumn<String> accountSystems;
  // Input positions in subject-id order.
  private final int[] accountOrder;
  private final RefColumn<String> seatSubjects;
  private final int[] seatOrder;

  private HolderTable(
      Map<String, String> links,
      RefColumn<String> accountSubjects,
      RefColumn<String> accountSystems,
      int accounts,
      RefColumn<String> seatSubjects,
      int seats) {
    this.links = links;
    this.accountSubjects = accountSubjects;
    this.accountSystems = accountSystems;
    this.accountOrder = IndexSort.byKey(accountSubjects, accounts);
    this.seatSubjects = seatSubjects;
    this.seatOrder = IndexSort.byKey(seatSubjects, seats);
  }

  /** The account and seat work that does not depend on the people. */
  static HolderTable prepare(CheckInput input) {
    Map<String, String> links = new HashMap<>();
    for (AccountLink link : input.accountLinks()) {
      links.merge(
          linkKey(system(link.system()), link.accountId()),
          link.personId(),
          (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    List<Account> list = input.accounts();
    RefColumn<String> systems = new RefColumn<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      systems.set(i, system(list.get(i).system()));
    }
    Comparator<Account> dupOrder =
        Comparator.comparing((Account a) -> system(a.system())).thenComparing(Object::toString);
    RefColumn<String> accountSubjects = SubjectIds.of(list, Account::id, dupOrder);
    Comparator<Seat> seatOrder =
        Comparator.comparing(Seat::product).thenComparing(Object::toString);
    RefColumn<String> seatSubjects = SubjectIds.of(input.seats(), Seat::id, seatOrder);
    return new HolderTable(
        links, accountSubjects, systems, list.size(), seatSubjects, input.seats().size());
  }

  private static String system(String raw) {
    return Objects.requireNonNullElse(Normalization.key(raw), "");
  }

  private static String linkKey(String system, String accountId) {
    return system + '\u0000' + accountId;
  }

  /** Every account with its holder: an explicit link wins, else the email's holder. */
  List<AccountFacts> accounts(List<Account> list, PeopleTable people) {
    int[] order = accountOrder;
    RefColumn<AccountFacts> out = new RefColumn<>(order.length);
    inBatches(
        list,
        order,
        Account::email,
        people.emails(),
        (k, i, account, email) -> {
          String system = accountSystems.get(i);
          String linked = links.isEmpty() ? null : links.get(linkKey(system, account.id()));
          PersonFacts holder;
          String matchedBy;
          if (linked != null) {
            holder = people.byId(linked);
            matchedBy = holder == null ? null : AccountFacts.MATCHED_BY_LINK;
          } else {
            holder = email < 0 ? null : people.holderOfEmail(email);
            matchedBy = holder == null ? null : AccountFacts.MATCHED_BY_EMAIL;
          }
          out.set(
              k,
              new AccountFacts(
                  account,
                  accountSubjects.get(i),
                  system,
                  holder,
                  matchedBy,
                  linked,
                  email < 0 ? 0 : people.recordsWithEmail(email)));
        });
    return out.asList(order.length);
  }

  /** Every seat with its holder, matched by email. */
  List<SeatFacts> seats(List<Seat> list, PeopleTable people) {
    int[] order = seatOrder;
    RefColumn<SeatFacts> out = new RefColumn<>(order.length);
    inBatches(
        list,
        order,
        Seat::email,
        people.emails(),
        (k, i, seat, email) ->
            out.set(
                k,
                new SeatFacts(
                    seat, seatSubjects.get(i), email < 0 ? null : people.holderOfEmail(email))));
    return out.asList(order.length);
  }

  /** Receives one record of {@link #inBatches} with its email's slot (-1 when none). */
  private interface RowMatcher<T> {
    void match(int k, int i, T record, int emailSlot);
  }

  /**
   * Calls {@code matcher} for row {@code k} of every position, record {@code order[k]} of {@code
   * list}, over both cores, looking the emails up {@value #BATCH} at a time.
   */
  private static <T> void inBatches(
      List<T> list,
      int[] order,
      Function<T, Optional<String>> email,
      StringSlots emails,
      RowMatcher<T> matcher) {
    IntStream.range(0, (order.length + BATCH - 1) / BATCH)
        .parallel()
        .forEach(
            batch -> {
              int from = batch * BATCH;
              int count = Math.min(BATCH, order.length - from);
              List<T> records = new ArrayList<>(count);
              @Nullable String[] raws = new String[count];
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
}
