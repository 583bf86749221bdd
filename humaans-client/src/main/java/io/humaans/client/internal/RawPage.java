package io.humaans.client.internal;

import java.util.List;

/**
 * A decoded list envelope {@code {"total", "limit", "skip", "data"}}. A field the server left out
 * is {@code -1} ({@code data} is then empty).
 *
 * @param data the rows, in server order
 * @param total the full match count, or -1 when absent
 * @param limit the page size the server applied, or -1 when absent
 * @param skip the offset of the first row, or -1 when absent
 */
public record RawPage<T>(List<T> data, int total, int limit, int skip) {
  /** Copies {@code data} into an unmodifiable list. */
  public RawPage {
    data = List.copyOf(data);
  }
}
