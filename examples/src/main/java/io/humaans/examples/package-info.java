/** Runnable examples, the embedded demo Humaans and the command-line program. */
@NullMarked
package io.humaans.examples;

import org.jspecify.annotations.NullMarked;
