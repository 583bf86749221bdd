package io.humaans.examples.cli;

/**
 * Escaping for the text report ({@link ReportText}, {@link ChangesText}, {@link TrendText}): every
 * value from the inputs goes through it, so that a name, id or reason can neither start a line of
 * its own nor make the terminal act.
 */
final class OneLine {
  private OneLine() {}

  /**
   * Returns {@code value} with every character a terminal would act on replaced by U+FFFD: control
   * characters (C0 with tab, CR and LF; DEL; C1, which holds a one-byte CSI), the line and
   * paragraph separators, the bidirectional embedding, override and isolate controls (text shown in
   * another order than it is), and lone surrogates (which UTF-8 output would turn into {@code ?}).
   */
  static String of(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean replace =
          c < 0x20 || (c >= 0x7f && c <= 0x9f) || isFormatting(c) || Html.isLoneSurrogate(value, i);
      if (replace && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (out != null) {
        out.append(replace ? '\uFFFD' : c);
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean isFormatting(char c) {
    return c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
