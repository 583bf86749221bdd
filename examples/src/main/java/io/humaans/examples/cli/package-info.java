/**
 * The {@code humaans} command-line program ({@link io.humaans.examples.cli.HumaansCli}) and the
 * classes that turn companion CSV files (accounts, policy, seats, events, waivers) into check
 * inputs, with errors that name the file, line and column.
 */
@NullMarked
package io.humaans.examples.cli;

import org.jspecify.annotations.NullMarked;
