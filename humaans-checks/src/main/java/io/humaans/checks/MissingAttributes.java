package io.humaans.checks;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Engine: the error a builder gives when required attributes are unset. */
final class MissingAttributes {
  private MissingAttributes() {}

  /**
   * The error for building a {@code type} whose required attributes, given as alternating names and
   * values, include null ones: {@code Cannot build Report, some of required attributes are not set
   * [asOf, inputs]}.
   */
  static IllegalStateException error(String type, @Nullable Object... namesAndValues) {
    List<Object> missing = new ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add(namesAndValues[i]);
      }
    }
    return new IllegalStateException(
        "Cannot build " + type + ", some of required attributes are not set " + missing);
  }
}
