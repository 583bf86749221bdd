package io.humaans.examples.cli;

import io.humaans.checks.CheckInput;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.client.directory.HumaansAccessReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warnings about policy rows that can judge nothing: rows of a system no account belongs to (a
 * mistyped system), and {@code humaans} levels no Humaans role is named (a mistyped role). Neither
 * changes a verdict (a dead rule only ever fails someone, or leaves a system {@code NO_POLICY}), so
 * they are warnings on standard error, not input errors. Stateless.
 */
final class PolicyNotes {
  private PolicyNotes() {}

  /**
   * Returns one warning per policy system (stripped, any case) that no account of {@code input}
   * belongs to, in policy order; systems whose accounts could not be read are left out (their own
   * warning says why).
   */
  static List<String> systemsWithoutAccounts(CheckInput input) {
    Set<String> systems = new TreeSet<>();
    for (Account a : input.accounts()) {
      systems.add(key(a.system()));
    }
    Set<String> unreadable = new HashSet<>();
    input.unreadableSystems().keySet().forEach(s -> unreadable.add(key(s)));
    Set<String> warned = new HashSet<>();
    List<String> notes = new ArrayList<>();
    for (AccessPolicy policy : input.policies()) {
      String system = key(policy.system());
      if (!systems.contains(system) && !unreadable.contains(system) && warned.add(system)) {
        notes.add(
            "warning: the policy has rules for system '"
                + system
                + "', but no account belongs to it ("
                + (systems.isEmpty() ? "no accounts" : "systems: " + String.join(", ", systems))
                + "); they judge nothing");
      }
    }
    return notes;
  }

  /**
   * Returns the access levels, without {@code *}, that the policies of system {@value
   * HumaansAccessReader#SYSTEM} allow but no role is named (stripped, any case), each once in its
   * first spelling, in policy order: a mistyped role, whose rule can match no membership.
   */
  static List<String> levelsNamingNoRole(List<AccessPolicy> policies, List<String> roleNames) {
    Set<String> known = new HashSet<>();
    roleNames.forEach(n -> known.add(key(n)));
    Map<String, String> unknown = new LinkedHashMap<>();
    for (AccessPolicy policy : policies) {
      if (!HumaansAccessReader.SYSTEM.equals(key(policy.system()))) {
        continue;
      }
      for (AccessRule rule : policy.rules()) {
        for (String level : rule.accessLevels()) {
          String k = key(level);
          if (!k.contains("*") && !known.contains(k)) {
            unknown.putIfAbsent(k, level.strip());
          }
        }
      }
    }
    return List.copyOf(unknown.values());
  }

  private static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
