package io.humaans.examples.demo;

import java.util.Objects;

/**
 * One membership of a person in a {@link DemoRole}, served by {@code /role-members}. Immutable.
 *
 * @param id the 24-character membership id (the account id the access checks report)
 * @param roleId the id of the role
 * @param personId the id of the person; for the deliberate fault, an id no person has
 */
public record DemoRoleMember(String id, String roleId, String personId) {
  /**
   * Creates a membership.
   *
   * @param id see the record's {@code id}
   * @param roleId see the record's {@code roleId}
   * @param personId see the record's {@code personId}
   * @throws NullPointerException if a component is null
   */
  public DemoRoleMember {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(roleId, "roleId == null");
    Objects.requireNonNull(personId, "personId == null");
  }
}
