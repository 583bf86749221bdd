/**
 * Immutable value types for Humaans resources, request bodies ({@code *Params}) and open
 * enumerations.
 *
 * <p>Obtain a builder from the static {@code builder()} of each type, for example {@code
 * Person.builder().id("...").firstName("Ada").build()}, or copy a value with {@code
 * Person.builder().from(person)}. Every property except {@code id} is optional, and JSON fields the
 * SDK does not model are kept in {@code extraProperties()}. All types are immutable and
 * thread-safe; builders are not.
 */
@NullMarked
package io.humaans.client.model;

import org.jspecify.annotations.NullMarked;
