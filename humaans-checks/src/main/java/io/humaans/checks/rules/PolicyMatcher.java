package io.humaans.checks.rules;

import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.JobRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The access policy of one system, its patterns compiled once per run: a rule applies to a person
 * when all its set matchers (department and job title of the org role, any team) match,
 * case-insensitive with {@code *} as wildcard; it allows the listed access levels ({@code *} = any;
 * a missing level is matched as the empty string, so only {@code *} allows it).
 */
final class PolicyMatcher {
  /** What the policy says about one account. */
  enum Judgement {
    NO_RULE_APPLIES,
    LEVEL_NOT_ALLOWED,
    ALLOWED
  }

  private final String system;
  private final @Nullable List<CompiledRule> rules;

  private PolicyMatcher(String system, @Nullable List<CompiledRule> rules) {
    this.system = system;
    this.rules = rules;
  }

  /** The matcher for a system's rules; null rules mean the system has no policy. */
  static PolicyMatcher of(String system, @Nullable List<AccessRule> rules) {
    if (rules == null) {
      return new PolicyMatcher(system, null);
    }
    List<CompiledRule> compiled = new ArrayList<>(rules.size());
    for (AccessRule r : rules) {
      compiled.add(new CompiledRule(r));
    }
    return new PolicyMatcher(system, compiled);
  }

  /** The normalized system name. */
  String system() {
    return system;
  }

  /** Whether the system has no policy at all. */
  boolean isEmpty() {
    return rules == null;
  }

  /** Judges an access level for a person's org role and teams; the policy must not be empty. */
  Judgement judge(@Nullable JobRole role, List<String> teams, Optional<String> accessLevel) {
    String department = prepare(role == null ? null : Strings.stripped(role.department()));
    String title = prepare(role == null ? null : Strings.stripped(role.jobTitle()));
    String level = prepare(Strings.stripped(accessLevel));
    List<CompiledRule> compiled = rules;
    if (compiled == null) {
      throw new IllegalStateException("no policy for " + system);
    }
    boolean anyApplies = false;
    for (CompiledRule rule : compiled) {
      if (rule.applies(department, title, teams)) {
        anyApplies = true;
        if (rule.allows(level)) {
          return Judgement.ALLOWED;
        }
      }
    }
    return anyApplies ? Judgement.LEVEL_NOT_ALLOWED : Judgement.NO_RULE_APPLIES;
  }

  private static String prepare(@Nullable String stripped) {
    return stripped == null ? "" : Glob.prepare(stripped);
  }

  /** One rule with its patterns compiled once per run. */
  private static final class CompiledRule {
    final @Nullable Glob department;
    final @Nullable Glob jobTitle;
    final @Nullable Glob team;
    final List<Glob> levels = new ArrayList<>();

    CompiledRule(AccessRule rule) {
      department = glob(rule.department());
      jobTitle = glob(rule.jobTitle());
      team = glob(rule.team());
      for (String level : rule.accessLevels()) {
        levels.add(new Glob(level));
      }
    }

    private static @Nullable Glob glob(Optional<String> pattern) {
      if (pattern.isEmpty()) {
        return null;
      }
      Glob g = new Glob(pattern.get());
      return g.isBlank() ? null : g;
    }

    boolean applies(String department, String jobTitle, List<String> teams) {
      if (this.department != null && !this.department.matches(department)) {
        return false;
      }
      if (this.jobTitle != null && !this.jobTitle.matches(jobTitle)) {
        return false;
      }
      if (team != null) {
        for (String t : teams) {
          if (team.matches(Glob.prepare(t.strip()))) {
            return true;
          }
        }
        return false;
      }
      return true;
    }

    boolean allows(String level) {
      for (Glob g : levels) {
        if (g.matches(level)) {
          return true;
        }
      }
      return false;
    }
  }
}
