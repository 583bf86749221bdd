package io.humaans.examples.bench;

import io.humaans.client.model.Person;
import java.util.List;

/**
 * The list envelope as a plain class, for baselines that decode pages with Moshi's own reflective
 * class adapter (people still decode into the SDK's {@link Person}).
 */
final class BaselineEnvelope {
  int total;
  int limit;
  int skip;
  List<Person> data = List.of();
}
