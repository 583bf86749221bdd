package io.humaans.checks;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Engine: the people of one run as {@link PersonFacts} in subject-id order, with the joins the
 * other tables need: person id to first record, normalized email to its preferred holder.
 *
 * <p>Built in passes over positions in subject-id order: derive each record's left status and email
 * key (in parallel), number the emails (serial, in order, so that the preferred holder is the first
 * who has not left), then create each record's facts (in parallel), final from the start. Large
 * tables are chunked columns (see {@link ChunkedColumn}); short-lived {@code int} arrays stay
 * plain.
 */
final class PeopleTable {
  private final RefColumn<PersonFacts> facts;
  private final int size;
  private final StringSlots ids;
  // firstById.get(id slot) = position of the first record with that id, by subject id.
  private final IntColumn firstById;
  private final StringSlots emails;
  // holderByEmail.get(email slot) = position of the email's preferred holder.
  private final IntColumn holderByEmail;
  private final int[] recordsByEmail;
  final int jobRolesWithoutPerson;

  PeopleTable(Directory directory, LocalDate asOf) {
    List<Person> persons = directory.people();
    int n = persons.size();
    this.size = n;

    // Person ids: one slot per distinct id, with the number of records carrying it.
    StringSlots idSlots = new StringSlots(n);
    int[] slotOf = new int[n];
    int[] idCounts = new int[n];
    for (int i = 0; i < n; i++) {
      int slot = idSlots.addOrGet(persons.get(i).id());
      slotOf[i] = slot < 0 ? -slot - 1 : slot;
      idCounts[slotOf[i]]++;
    }
    int distinct = idSlots.size();
    this.ids = idSlots;
    RoleTable roles = RoleTable.build(directory.jobRoles(), idSlots, distinct, asOf);
    this.jobRolesWithoutPerson = roles.orphans;

    RefColumn<String> subjects =
        SubjectIds.of(
            persons, Person::id, idSlots, slotOf, idCounts, Comparator.comparing(Object::toString));
    int[] order = IndexSort.byKey(subjects, n);

    // Pass 1 (parallel): everything read from the record, laid out by position, so that the
    // passes after it read memory in order (input order is random once sorted by subject id).
    RefColumn<Person> personAt = new RefColumn<>(n);
    RefColumn<String> subjectAt = new RefColumn<>(n);
    int[] slotAt = new int[n];
    boolean[] left = new boolean[n];
    boolean[] preHire = new boolean[n];
    RefColumn<@Nullable String> emailKeys = new RefColumn<>(n);
    IntStream.range(0, n)
        .parallel()
        .forEach(
            k -> {
              int i = order[k];
              Person p = persons.get(i);
              personAt.set(k, p);
              subjectAt.set(k, subjects.get(i));
              slotAt[k] = slotOf[i];
              left[k] = Definitions.hasLeft(p, asOf);
              preHire[k] = !left[k] && Definitions.hasNotStarted(p, asOf);
              String key = Definitions.normalizedEmail(p.email()).orElse(null);
              if (key != null) {
                emailKeys.set(k, key);
              }
            });

    // Pass 2 (serial, subject order): first record per id, emails and their preferred holder.
    IntColumn first = new IntColumn(distinct);
    boolean[] seen = new boolean[distinct];
    StringSlots mails = new StringSlots(n);
    IntColumn holder = new IntColumn(n);
    int[] records = new int[n];
    int[] notLeft = new int[n];
    int[] emailOf = new int[n];
    for (int k = 0; k < n; k++) {
      int slot = slotAt[k];
      if (!seen[slot]) {
        seen[slot] = true;
        first.set(slot, k);
      }
      String email = emailKeys.get(k);
      emailOf[k] = -1;
      if (email != null) {
        int e = mails.addOrGet(email);
        if (e < 0) {
          e = -e - 1;
          holder.set(e, k);
        } else if (left[holder.get(e)] && !left[k]) {
          holder.set(e, k);
        }
        emailOf[k] = e;
        records[e]++;
        if (!left[k]) {
          notLeft[e]++;
        }
      }
    }
    this.firstById = first;
    this.emails = mails;
    this.holderByEmail = holder;
    this.recordsByEmail = records;

    // Pass 3 (parallel): the facts, each final once made.
    RefColumn<PersonFacts> out = new RefColumn<>(n);
    IntStream.range(0, n)
        .parallel()
        .forEach(
            k -> {
              int slot = slotAt[k];
              JobRole current = roles.current.get(slot);
              String managerId =
                  current == null ? null : Definitions.managerId(current).orElse(null);
              int managerSlot = managerId == null ? -1 : idSlots.get(managerId);
              out.set(
                  k,
                  new PersonFacts(
                      personAt.get(k),
                      subjectAt.get(k),
                      idCounts[slot],
                      emailKeys.get(k),
                      emailOf[k] < 0 ? 0 : notLeft[emailOf[k]],
                      left[k],
                      preHire[k],
                      roles,
                      slot,
                      managerId,
                      this,
                      managerSlot < 0 ? -1 : first.get(managerSlot),
                      k));
            });
    this.facts = out;
  }

  /** The number of person records. */
  int size() {
    return size;
  }

  /** The facts at a position in subject-id order. */
  PersonFacts person(int position) {
    return facts.get(position);
  }

  /** Every record's facts in subject-id order. */
  List<PersonFacts> asList() {
    return facts.asList(size);
  }

  /** The first record (by subject id) with this id; null when none has it. */
  @Nullable PersonFacts byId(String id) {
    int slot = ids.get(id);
    return slot < 0 ? null : facts.get(firstById.get(slot));
  }

  /** The emails table: normalized work email to slot. */
  StringSlots emails() {
    return emails;
  }

  /** The preferred holder of an email slot (the first who has not left, else the first). */
  PersonFacts holderOfEmail(int emailSlot) {
    return facts.get(holderByEmail.get(emailSlot));
  }

  /** How many person records have the email of this slot. */
  int recordsWithEmail(int emailSlot) {
    return recordsByEmail[emailSlot];
  }
}
