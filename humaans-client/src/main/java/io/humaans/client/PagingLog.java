package io.humaans.client;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The debug notes paging writes to the client's {@link HttpLogger}: today one, written once per
 * client, when the server first applies a smaller page size than asked. Thread-safe.
 */
final class PagingLog {
  static final PagingLog NONE = new PagingLog(null);

  private final @Nullable HttpLogger logger;
  private final AtomicBoolean capLogged = new AtomicBoolean();

  PagingLog(@Nullable HttpLogger logger) {
    this.logger = logger;
  }

  /** Logs, the first time only, that the server capped {@code $limit} on {@code path}. */
  void limitCapped(String path, int asked, int applied) {
    if (logger != null && capLogged.compareAndSet(false, true)) {
      logger.log(
          "DEBUG humaans paging: the server capped the page size at "
              + applied
              + " (asked "
              + asked
              + ") on /"
              + path
              + "; following requests of a listing ask for "
              + applied);
    }
  }
}
