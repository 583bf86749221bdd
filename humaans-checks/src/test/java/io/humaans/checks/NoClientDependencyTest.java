package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module stays pure: no client, HTTP or JSON library is reachable from its class path. */
class NoClientDependencyTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "io.humaans.client.HumaansClient",
        "okhttp3.OkHttpClient",
        "retrofit2.Retrofit",
        "com.squareup.moshi.Moshi",
        "okio.Buffer"
      })
  void classIsNotLoadable(String className) {
    ClassLoader loader = NoClientDependencyTest.class.getClassLoader();
    assertThat(loadable(className, loader)).as(className).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"io/humaans/client/", "okhttp3/", "retrofit2/", "com/squareup/moshi/"})
  void packageIsAbsent(String path) {
    assertThat(NoClientDependencyTest.class.getClassLoader().getResource(path)).as(path).isNull();
    assertThat(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)))
        .noneMatch(
            e ->
                e.contains("humaans-client")
                    || e.contains("okhttp")
                    || e.contains("retrofit")
                    || e.contains("moshi"));
  }

  private static boolean loadable(String name, ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
