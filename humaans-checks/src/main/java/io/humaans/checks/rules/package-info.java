/**
 * The built-in checks, one class per check, each with its stable {@code ID}: the spec's row for
 * that check, read top to bottom. A check declares its {@link io.humaans.checks.CheckInfo} and its
 * {@link io.humaans.checks.Verdict}s, reads facts from a {@link io.humaans.checks.CheckContext} and
 * writes through a {@link io.humaans.checks.ResultSink}; nothing here depends on how the engine
 * computes or stores them. The checks are registered in {@link io.humaans.checks.Checks#all()}; the
 * rationale of each is in {@code docs/checks.md}.
 */
@NullMarked
package io.humaans.checks.rules;

import org.jspecify.annotations.NullMarked;
