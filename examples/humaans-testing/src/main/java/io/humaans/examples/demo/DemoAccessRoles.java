package io.humaans.examples.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who holds which Humaans permission role in the demo company: the default roles Owners, Admins,
 * Finance and Tech, their permissions, and the memberships, with the deliberate faults listed in
 * {@code demo/README.md} (a leaver still an Admin, a sales person holding Finance, a membership
 * naming a deleted person). Generated from the finished people and job roles with a random source
 * of its own, so the rest of the company is unchanged by it. Immutable once built.
 */
final class DemoAccessRoles {
  /** A well-formed person id that belongs to nobody: the membership of a deleted person. */
  static final String DELETED_PERSON_ID = "De1etedPers0nXq4Lm8Rt2Wz";

  private final List<DemoRole> roles = new ArrayList<>();
  private final List<DemoRoleMember> members = new ArrayList<>();
  private final List<DemoRolePermission> permissions = new ArrayList<>();
  private final Random rnd = new Random(DemoCompany.SEED + 2);
  private final Set<String> ids = new HashSet<>();

  private DemoAccessRoles() {}

  /** Builds the roles and memberships of {@code company} (its people and job roles set). */
  static DemoAccessRoles of(DemoCompany company) {
    DemoAccessRoles r = new DemoAccessRoles();
    company.people().forEach(p -> r.ids.add(p.id()));
    company.jobRoles().forEach(j -> r.ids.add(j.id()));
    r.ids.add(DELETED_PERSON_ID);
    DemoRole owners =
        r.role("Owners", "Full access, including billing and company settings", "company:manage");
    DemoRole admins = r.role("Admins", "Manage people, documents and settings", "people:manage");
    DemoRole finance =
        r.role("Finance", "View and manage compensation and payroll", "compensations:manage");
    DemoRole tech =
        r.role("Tech", "Manage integrations, API tokens and SSO", "integrations:manage");
    DemoPerson ceo = r.withTitle(company, "CEO");
    r.member(owners, ceo.id());
    r.member(admins, ceo.id()); // several roles of one person: still one Humaans login
    r.member(admins, company.tokenOwner().id());
    r.first(
        company,
        admins,
        2,
        p ->
            p.teams().contains("People Ops")
                && p.status().equals(DemoPerson.ACTIVE)
                && !p.equals(company.tokenOwner()));
    // Fault: the IT Support Engineer who left on 2026-10-02 is still an Admin.
    r.first(
        company,
        admins,
        1,
        p -> p.teams().contains("IT") && p.status().equals(DemoPerson.OFFBOARDED));
    // Fault: a membership naming a person deleted from Humaans.
    r.member(admins, DELETED_PERSON_ID);
    r.member(finance, r.withTitle(company, "Head of Finance").id());
    r.first(
        company,
        finance,
        1,
        p ->
            p.teams().contains("Finance")
                && p.status().equals(DemoPerson.ACTIVE)
                && !p.displayName().equals("Aisha Bello"));
    // Fault: an Account Executive (Sales) holds the Finance role.
    r.first(company, finance, 1, p -> p.displayName().equals("Noah Fischer"));
    r.first(
        company,
        tech,
        3,
        p ->
            p.teams().contains("Platform")
                && p.status().equals(DemoPerson.ACTIVE)
                && !p.displayName().equals("Kai Nakamura"));
    return r;
  }

  List<DemoRole> roles() {
    return List.copyOf(roles);
  }

  List<DemoRoleMember> members() {
    return List.copyOf(members);
  }

  List<DemoRolePermission> permissions() {
    return List.copyOf(permissions);
  }

  private DemoRole role(String name, String description, String permission) {
    DemoRole role = new DemoRole(newId(), name, description);
    roles.add(role);
    permissions.add(new DemoRolePermission(newId(), role.id(), permission));
    return role;
  }

  private void member(DemoRole role, String personId) {
    members.add(new DemoRoleMember(newId(), role.id(), personId));
  }

  private void first(DemoCompany company, DemoRole role, int count, Predicate<DemoPerson> which) {
    List<DemoPerson> found = company.people().stream().filter(which).limit(count).toList();
    if (found.size() != count) {
      throw new IllegalStateException("demo company lacks people for role " + role.name());
    }
    found.forEach(p -> member(role, p.id()));
  }

  private DemoPerson withTitle(DemoCompany company, String title) {
    return company.jobRoles().stream()
        .filter(j -> j.jobTitle().equals(title))
        .map(j -> company.person(j.personId()).orElseThrow())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo company has no " + title));
  }

  private String newId() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    while (true) {
      StringBuilder id = new StringBuilder(24);
      for (int i = 0; i < 24; i++) {
        id.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      if (ids.add(id.toString())) {
        return id.toString();
      }
    }
  }
}
