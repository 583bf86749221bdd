package io.humaans.client.internal;

import java.util.List;

/**
 * A decoded list envelope {@code {"total", "limit", "skip", "data"}}. A number the server left out
 * (or sent as null) is {@code -1}; a {@code data} it left out or sent as null is an empty list with
 * {@code hasData} false, so the pager can tell "no rows here" from "rows not sent".
 *
 * @param data the rows, in server order
 * @param total the full match count, or -1 when absent
 * @param limit the page size the server applied, or -1 when absent
 * @param skip the offset of the first row, or -1 when absent
 * @param hasData whether the envelope carried a {@code data} array (possibly empty)
 */
public record RawPage<T>(List<T> data, int total, int limit, int skip, boolean hasData) {
  /** Copies {@code data} into an unmodifiable list. */
  public RawPage {
    data = List.copyOf(data);
  }

  /**
   * Creates an envelope that carried a {@code data} array.
   *
   * @param data the rows, in server order
   * @param total the full match count, or -1 when absent
   * @param limit the page size the server applied, or -1 when absent
   * @param skip the offset of the first row, or -1 when absent
   */
  public RawPage(List<T> data, int total, int limit, int skip) {
    this(data, total, limit, skip, true);
  }
}
