/**
 * A small RFC 4180 CSV reader for the companion files (accounts, policy, seats, events, waivers).
 * Start at {@link io.humaans.examples.csv.CsvReader}.
 */
@NullMarked
package io.humaans.examples.csv;

import org.jspecify.annotations.NullMarked;
