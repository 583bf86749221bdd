package io.humaans.checks;

/**
 * Engine: the sizes at which the engine changes strategy. They are constants for the compiler; the
 * system property {@code io.humaans.checks.chunkShift} (read once, from 4 to 15, default 15) lowers
 * the column chunk size and with it every parallel threshold, so that the module's tests cross
 * chunk boundaries and take the two-thread paths on small inputs. It changes no result, only where
 * the work is split; it is not API.
 */
final class Tuning {
  /** log2 of the column chunk size (32,768 entries, 128 KB, by default). */
  static final int CHUNK_SHIFT =
      Math.max(4, Math.min(15, Integer.getInteger("io.humaans.checks.chunkShift", 15)));

  /** Inputs at least this long are sorted on two threads. */
  static final int PARALLEL_SORT = 1 << CHUNK_SHIFT;

  /** Job-role inputs at least this long are folded over two halves in parallel. */
  static final int PARALLEL_ROWS = 50_000 >> (15 - CHUNK_SHIFT);

  private Tuning() {}
}
