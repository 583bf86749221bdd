package io.humaans.client.internal.json;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A generic model without extras, used to test type-variable resolution and skipping. */
@HumaansModel
@Value.Immutable
interface TestEnvelope<T> {
  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  int total();

  Optional<Integer> skip();

  List<T> data();

  /** A helper, not a property: it has no builder setter. */
  default boolean isEmpty() {
    return data().isEmpty();
  }

  final class Builder<T> extends ImmutableTestEnvelope.Builder<T> {}
}
