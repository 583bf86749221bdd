package io.humaans.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * Everything the program writes to standard error: errors (always), notes and warnings (unless
 * {@code --quiet}), the HTTP log (with {@code --verbose}) and reading progress. On a terminal
 * progress is one line per resource, rewritten in place with counts, pages, rate and an estimate of
 * the time left; elsewhere it is a plain line per page ({@code people 250/301}). Any other line
 * first clears a progress line being rewritten. Thread-safe.
 */
final class Diagnostics {
  private final PrintStream err;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private String liveResource = "";
  private int liveLength;
  private int pages;
  private long startNanos;
  private long lastNanos;

  /**
   * Creates the standard-error writer of one run.
   *
   * @param terminal whether standard error is a terminal (progress rewrites one line)
   * @param nanoTime the monotonic clock progress rates are measured with
   */
  Diagnostics(
      PrintStream err, boolean quiet, boolean verbose, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose && !quiet;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
    this.lastNanos = startNanos;
  }

  /** Returns whether the HTTP log is wanted. */
  boolean verbose() {
    return verbose;
  }

  /** Prints an error line, always. */
  synchronized void error(String line) {
    clearLive();
    err.println(line);
  }

  /** Prints a note or warning unless quiet. */
  synchronized void note(String line) {
    if (!quiet) {
      clearLive();
      err.println(line);
    }
  }

  /** Prints a line of the HTTP log when verbose. */
  synchronized void http(String line) {
    if (verbose) {
      clearLive();
      err.println("http: " + line);
    }
  }

  /** Starts timing a directory read; progress rates count from here. */
  synchronized void startReading() {
    startNanos = nanoTime.getAsLong();
    lastNanos = startNanos;
    liveResource = "";
  }

  /** Reports that {@code fetched} rows of {@code resource} have been read. */
  synchronized void progress(String resource, int fetched, OptionalInt total) {
    if (quiet) {
      return;
    }
    String counts = resource + " " + fetched + (total.isPresent() ? "/" + total.getAsInt() : "");
    if (!terminal) {
      err.println(counts);
      return;
    }
    long now = nanoTime.getAsLong();
    if (!resource.equals(liveResource)) {
      endProgress();
      liveResource = resource;
      pages = 0;
      startNanos = lastNanos;
    }
    pages++;
    lastNanos = now;
    StringBuilder line = new StringBuilder(counts);
    line.append(" rows, ").append(pages).append(pages == 1 ? " page" : " pages");
    double seconds = (now - startNanos) / 1e9;
    if (seconds > 0) {
      double rate = fetched / seconds;
      line.append(", ").append(Math.round(rate)).append(" rows/s");
      if (total.isPresent() && fetched < total.getAsInt() && rate > 0) {
        line.append(", about ")
            .append(String.format(Locale.ROOT, "%.1f", (total.getAsInt() - fetched) / rate))
            .append(" s left");
      }
    }
    String text = line.toString();
    err.print("\r" + text + " ".repeat(Math.max(0, liveLength - text.length())));
    err.flush();
    liveLength = text.length();
  }

  /** Ends a progress line being rewritten, keeping its last state on screen. */
  synchronized void endProgress() {
    if (liveLength > 0) {
      err.println();
      liveLength = 0;
    }
  }

  /** Erases a progress line being rewritten; the next progress of its resource writes it again. */
  private void clearLive() {
    if (liveLength > 0) {
      err.print("\r" + " ".repeat(liveLength) + "\r");
      liveLength = 0;
    }
  }
}
