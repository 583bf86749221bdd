package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles, role memberships and role permissions: typed fields, unknown fields kept. */
class RolesParseTest {

  @Test
  void readsRolesWithDescriptionAndKeepsUnknownFields() {
    List<Role> rows = Fixtures.data("roles.json", Role.class);
    assertThat(rows)
        .extracting(Role::id)
        .containsExactly("Ro2wE5rT8yU1iO4pA7sD0fGh", "Ro8uI1oP4aS7dF0gH3jK6lZx");
    Role peopleOps = rows.get(0);
    assertThat(peopleOps.name()).contains("People Ops");
    assertThat(peopleOps.description()).contains("HR team: profiles, time away and documents");
    assertThat(peopleOps.companyId()).contains("Hc3nV8tYq2WzL6pRm1XkJs9D");
    assertThat(peopleOps.createdAt()).contains(Instant.parse("2021-03-09T09:30:00Z"));
    assertThat(peopleOps.updatedAt()).contains(Instant.parse("2024-05-02T11:47:19Z"));
    assertThat(peopleOps.extraProperties()).containsExactlyEntriesOf(Map.of("isDefault", false));
    Role employee = rows.get(1);
    assertThat(employee.name()).contains("Employee");
    assertThat(employee.description()).isEmpty();
    assertThat(employee.extraProperties())
        .containsExactlyInAnyOrderEntriesOf(Map.of("isDefault", true, "memberCount", 287.0));
  }

  @Test
  void readsRoleMembersIncludingOneWithoutPerson() {
    List<RoleMember> rows = Fixtures.data("role-members.json", RoleMember.class);
    assertThat(rows).hasSize(3);
    RoleMember first = rows.get(0);
    assertThat(first.id()).isEqualTo("Rm4tY7uI0oP3aS6dF9gH2jKl");
    assertThat(first.roleId()).contains("Ro2wE5rT8yU1iO4pA7sD0fGh");
    assertThat(first.personId()).contains("Qw7hT2mZpL9vXc4RbN8sKd1F");
    assertThat(first.createdAt()).contains(Instant.parse("2022-04-04T08:00:00Z"));
    assertThat(first.extraProperties()).isEmpty();
    assertThat(rows.get(1).roleId()).contains("Ro8uI1oP4aS7dF0gH3jK6lZx");
    assertThat(rows.get(1).createdAt()).isEmpty();
    assertThat(rows.get(1).extraProperties())
        .containsExactlyEntriesOf(Map.of("grantedBy", "Mg5tB1yR8wE3nC7kP2qZx9Va"));
    assertThat(rows.get(2).personId()).isEmpty();
  }

  @Test
  void readsRolePermissions() {
    List<RolePermission> rows = Fixtures.data("role-permissions.json", RolePermission.class);
    assertThat(rows)
        .extracting(RolePermission::id)
        .containsExactly("Rp6hJ9kL2zX5cV8bN1mQ4wEr", "Rp3eR6tY9uI2oP5aS8dF1gHj");
    assertThat(rows.get(0).roleId()).contains("Ro2wE5rT8yU1iO4pA7sD0fGh");
    assertThat(rows.get(0).name()).contains("people.private.read");
    assertThat(rows.get(1).name()).contains("apiTokens.manage");
    assertThat(rows.get(1).extraProperties()).containsExactlyEntriesOf(Map.of("scope", "company"));
  }
}
