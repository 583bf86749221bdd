/**
 * Input types for the checks: a people {@link io.humaans.checks.model.Directory}, job roles, the
 * accounts and seats of other systems, activity events, access policies and waivers.
 *
 * <p>Every type is an immutable value built with a builder, for example {@code
 * Person.builder().id("p1").email("ada@example.com").build()}. Optional fields accept {@code null}
 * in their builder setters: missing or blank values are data to judge, not programming errors.
 * Values are safe to share between threads.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    optionalAcceptNullable = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package io.humaans.checks.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
