/**
 * Pure rule module: people, access and licence checks over a people directory, with no I/O.
 *
 * <p>{@link io.humaans.checks.Checks#run} judges a {@link io.humaans.checks.CheckInput} as of the
 * date in a {@link io.humaans.checks.CheckConfig} and returns a {@link io.humaans.checks.Report}
 * that serializes to JSON and CSV. Each {@link io.humaans.checks.Check} can also run on its own
 * over a {@link io.humaans.checks.CheckContext} ({@link io.humaans.checks.Checks#evaluate}).
 *
 * <p>The public types are the rule API: {@link io.humaans.checks.Definitions} (the spec's derived
 * facts), the context and facts a check reads, and the {@link io.humaans.checks.Verdict}s and
 * {@link io.humaans.checks.ResultSink} it writes through. The engine that makes runs fast (join
 * tables, chunked columns, result columns, scheduling) is package-private here. Every type is
 * immutable and thread-safe unless it says otherwise.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    optionalAcceptNullable = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package io.humaans.checks;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
