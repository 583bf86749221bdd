/**
 * Benchmarks of the SDK where its users feel it: paging, parallel paging, directory reads, the
 * checks at scale, bounded-memory iteration and page decoding. Each one measures a baseline in the
 * same run and prints its figures as ratios to it. Run through {@link
 * io.humaans.examples.bench.BenchMain}; see {@code docs/benchmarks.md}. These are programs, not
 * tests: nothing here runs during {@code mvn verify}, but everything compiles with it.
 */
@NullMarked
package io.humaans.examples.bench;

import org.jspecify.annotations.NullMarked;
