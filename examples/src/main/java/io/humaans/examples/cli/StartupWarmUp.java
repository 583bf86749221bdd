package io.humaans.examples.cli;

import java.security.Security;
import java.util.List;

/**
 * Start-up only: while the main thread parses the command line, a daemon thread loads what the HTTP
 * client will need anyway, on the second core: the JDK's security providers (OkHttp's platform
 * probe lists them, about 60 ms here) and the largest library classes (loaded, not initialised, so
 * no static initialiser runs early or on another thread). Nothing depends on it having run: a class
 * still loading is waited for by the JVM, and a failure here is ignored.
 */
final class StartupWarmUp {
  // The biggest classes the client's first request loads (Kotlin's facades, OkHttp, Retrofit,
  // Moshi), by the class-load log of `report` (java -Xlog:class+load).
  static final List<String> CLASSES =
      List.of(
          "kotlin.collections.ArraysKt___ArraysKt",
          "kotlin.collections.CollectionsKt___CollectionsKt",
          "kotlin.text.StringsKt__StringsKt",
          "kotlin.text.StringsKt___StringsKt",
          "okhttp3.OkHttpClient",
          "okhttp3.OkHttpClient$Builder",
          "okhttp3.internal.connection.RealCall",
          "okhttp3.internal.connection.RealConnection",
          "okhttp3.internal.http.RealInterceptorChain",
          "okhttp3.HttpUrl",
          "okhttp3.Request",
          "okhttp3.Response",
          "okio.Buffer",
          "okio.RealBufferedSource",
          "retrofit2.Retrofit",
          "retrofit2.RequestFactory",
          "retrofit2.OkHttpCall",
          "com.squareup.moshi.Moshi",
          "com.squareup.moshi.JsonUtf8Reader",
          "io.humaans.client.HumaansClient",
          "io.humaans.client.directory.DirectoryReader");

  private StartupWarmUp() {}

  /** Starts the daemon thread; returns at once. */
  static void start() {
    Thread t = new Thread(StartupWarmUp::run, "humaans-cli-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      Security.getProviders();
      ClassLoader loader = StartupWarmUp.class.getClassLoader();
      for (String name : CLASSES) {
        Class.forName(name, false, loader);
      }
    } catch (Throwable ignored) {
      // Only a head start: the main thread loads whatever is missing itself.
    }
  }
}
