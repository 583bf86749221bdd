package io.humaans.checks;

import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.ActivityEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check reads: the input with every {@linkplain Definitions definition} already applied, as
 * per-record facts in subject-id order, and the joins between them (holders, managers, accounts per
 * person). Built once per run, in time linear in the input.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.of(input, config);
 * List<CheckResult> results = Checks.evaluate(new UniqueIdentityCheck(), context);
 * }</pre>
 *
 * <p>This is the whole read side of the rule API; a check writes through a {@link ResultSink}. The
 * only implementation is the module's own. Instances are immutable and thread-safe; a value that
 * may be missing is an {@code Optional}.
 */
public sealed interface CheckContext permits RunContext {
  /**
   * Builds the context for one run; linear in the input size.
   *
   * @param input the records to judge
   * @param config the check settings
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  static CheckContext of(CheckInput input, CheckConfig config) {
    Objects.requireNonNull(input, "input == null");
    Objects.requireNonNull(config, "config == null");
    return new RunContext(input, config);
  }

  /** {@return the input as given} */
  CheckInput input();

  /** {@return the configuration} */
  CheckConfig config();

  /** {@return the evaluation date (from the configuration)} */
  LocalDate asOf();

  /**
   * {@return whether the directory was read without {@code private:read} (leavers, pre-hires
   * hidden)}
   */
  boolean isPartial();

  /** {@return every person record with its facts, sorted by subject id; unmodifiable} */
  List<PersonFacts> people();

  /**
   * The person with this id (the first record by subject id when the id repeats), if any.
   *
   * @param id the person id
   * @return the person, or empty when no record has that id
   */
  Optional<PersonFacts> personById(String id);

  /** {@return every account with its holder, sorted by subject id; unmodifiable} */
  List<AccountFacts> accounts();

  /**
   * The accounts whose holder is {@code person}, sorted by subject id; unmodifiable.
   *
   * @param person the holder
   * @return the person's accounts
   */
  List<AccountFacts> accountsOf(PersonFacts person);

  /**
   * The people met by following current {@linkplain PersonFacts#manager() managers} from {@code
   * person} when that returns to {@code person}: the cycle, starting with the person (a
   * self-manager is a cycle of one); empty when the chain ends. Unmodifiable.
   *
   * @param person where the chain of managers starts
   * @return the cycle, or an empty list
   */
  List<PersonFacts> managerCycle(PersonFacts person);

  /** {@return every seat with its holder, sorted by subject id; unmodifiable} */
  List<SeatFacts> seats();

  /** {@return the activity events as given} */
  List<ActivityEvent> events();

  /**
   * The combined rules of the policies for a system (stripped, lower-cased, as {@link
   * AccountFacts#system()}); empty when the system has no policy.
   *
   * @param system the system name as given
   * @return the rules, or empty when the system has no policy
   */
  Optional<List<AccessRule>> rulesFor(String system);
}
