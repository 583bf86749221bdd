/**
 * The built-in checks, one class per check, each with its stable {@code ID}. They are
 * registered in {@link io.humaans.checks.Checks#all()}; their meaning is fixed by the module's
 * specification ({@code docs/checks.md}).
 */
@NullMarked
package io.humaans.checks.rules;

import org.jspecify.annotations.NullMarked;
