package io.humaans.examples.cli;

/** Escaping for {@link ReportHtml} and {@link TrendChart}: every value goes through it. */
final class Html {
  private Html() {}

  /**
   * Returns {@code value} safe in HTML text and in quoted attribute values: {@code & < > " '}
   * become character references, and control characters other than tab and line breaks (C0, DEL and
   * C1, invalid in HTML) and lone surrogates (which UTF-8 cannot hold) become U+FFFD.
   */
  static String esc(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String rep;
      switch (c) {
        case '&':
          rep = "&amp;";
          break;
        case '<':
          rep = "&lt;";
          break;
        case '>':
          rep = "&gt;";
          break;
        case '"':
          rep = "&quot;";
          break;
        case '\'':
          rep = "&#39;";
          break;
        default:
          rep =
              (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                      || (c >= 0x7f && c <= 0x9f)
                      || isLoneSurrogate(value, i)
                  ? "\uFFFD"
                  : null;
      }
      if (rep != null && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        if (rep != null) {
          out.append(rep);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? value : out.toString();
  }

  /** Whether {@code value.charAt(i)} is a surrogate that is not half of a pair. */
  static boolean isLoneSurrogate(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
  }
}
