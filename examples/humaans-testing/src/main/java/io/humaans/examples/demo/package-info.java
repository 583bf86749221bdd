/**
 * The embedded demo Humaans: a deterministic demo company ({@link
 * io.humaans.examples.demo.DemoCompany}) served by a local fake of the REST API ({@link
 * io.humaans.examples.demo.DemoServer}). Examples and the command-line program use it when no
 * {@code HUMAANS_API_TOKEN} is set.
 */
@NullMarked
package io.humaans.examples.demo;

import org.jspecify.annotations.NullMarked;
