package io.humaans.examples.demo;

import java.util.Objects;

/**
 * One permission of a {@link DemoRole}, served by {@code /role-permissions}. Immutable.
 *
 * @param id the 24-character permission id
 * @param roleId the id of the role
 * @param name the permission's name, e.g. {@code people:manage}
 */
public record DemoRolePermission(String id, String roleId, String name) {
  /**
   * Creates a permission.
   *
   * @param id see the record's {@code id}
   * @param roleId see the record's {@code roleId}
   * @param name see the record's {@code name}
   * @throws NullPointerException if a component is null
   */
  public DemoRolePermission {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(roleId, "roleId == null");
    Objects.requireNonNull(name, "name == null");
  }
}
