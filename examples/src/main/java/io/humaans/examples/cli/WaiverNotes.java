package io.humaans.examples.cli;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Report;
import io.humaans.checks.model.Waiver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about waivers that can have waived nothing: no result of the waiver's check has its
 * subject id, as given or with a {@code #2}-style suffix (a mistyped id, or a subject that is
 * gone). Such a waiver changes no verdict (the FAIL it was meant for, if any, stays a FAIL), so
 * this is a warning on standard error, not an input error. Waivers of checks the command did not
 * run are left out. Stateless.
 */
final class WaiverNotes {
  private WaiverNotes() {}

  /** Returns one warning per waiver of a check in {@code report} that names no result of it. */
  static List<String> namingNothing(List<Waiver> waivers, Report report) {
    Set<String> run = new HashSet<>();
    for (CheckOutcome outcome : report.checks()) {
      run.add(outcome.checkId());
    }
    Map<String, Set<String>> subjects = new HashMap<>();
    for (CheckResult r : report.results()) {
      String id = r.subjectId();
      int suffix = id.lastIndexOf('#');
      Set<String> ids = subjects.computeIfAbsent(r.checkId(), k -> new HashSet<>());
      ids.add(id);
      if (suffix > 0) {
        ids.add(id.substring(0, suffix)); // a waiver with a system names the id as given
      }
    }
    List<String> notes = new ArrayList<>();
    for (Waiver w : waivers) {
      if (run.contains(w.checkId())
          && !subjects.getOrDefault(w.checkId(), Set.of()).contains(w.subjectId())) {
        notes.add(
            "warning: the waiver of "
                + w.checkId()
                + " for '"
                + w.subjectId()
                + "' names no subject of that check (a mistyped id, or one that is gone):"
                + " it waives nothing");
      }
    }
    return notes;
  }
}
