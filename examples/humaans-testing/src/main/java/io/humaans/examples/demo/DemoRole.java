package io.humaans.examples.demo;

import java.util.Objects;

/**
 * One Humaans permission role of the demo company, served by {@code /roles}. Immutable.
 *
 * @param id the 24-character role id
 * @param name the role's name, e.g. {@code Admins}
 * @param description what the role may do
 */
public record DemoRole(String id, String name, String description) {
  /**
   * Creates a role.
   *
   * @param id see the record's {@code id}
   * @param name see the record's {@code name}
   * @param description see the record's {@code description}
   * @throws NullPointerException if a component is null
   */
  public DemoRole {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
  }
}
