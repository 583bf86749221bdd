package io.humaans.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a tiny modular program ({@code requires io.humaans.client; requires io.humaans.checks;
 * requires io.humaans.testing;}) against the packaged jars and runs it with {@code java
 * --module-path ... -m}: the libraries resolve as automatic modules under their {@code
 * Automatic-Module-Name}s, no two modules export the same package (Moshi's {@code moshi-adapters}
 * used to split {@code com.squareup.moshi}), and the client, its JSON reflection and the checks
 * work there ({@code --add-modules okhttp3,mockwebserver3} given, see {@link #ADD_MODULES}). Runs
 * in {@code integration-test} (failsafe), after the reactor has built the jars, since the manifests
 * only exist in the jars.
 */
class ModulePathIT {
  /** File-name prefixes of the jars the program needs: the libraries and their runtime stack. */
  private static final List<String> RUNTIME_JARS =
      List.of(
          "humaans-client-",
          "humaans-checks-",
          "humaans-testing-",
          "retrofit-",
          "okhttp-jvm-",
          "mockwebserver3-",
          "okio-jvm-",
          "moshi-",
          "kotlin-stdlib-",
          "annotations-",
          "jspecify-");

  /**
   * OkHttp 5 and mockwebserver3 are explicit modules ({@code okhttp3}, {@code mockwebserver3}); the
   * JDK does not resolve an explicit module that only automatic modules need, so a modular
   * application names them, as the README says.
   */
  private static final String ADD_MODULES = "okhttp3,mockwebserver3";

  private static final String MODULE_INFO =
      """
      module humaans.probe {
        requires io.humaans.client;
        requires io.humaans.checks;
        requires io.humaans.testing;
      }
      """;

  private static final String MAIN =
      """
      package probe;

      import io.humaans.checks.model.Directory;
      import io.humaans.client.HumaansClient;
      import io.humaans.client.directory.DirectoryReader;
      import io.humaans.examples.demo.DemoServer;

      public final class Main {
        public static void main(String[] args) {
          try (DemoServer demo = DemoServer.startWithoutRateLimit();
              HumaansClient client = HumaansClient.builder()
                  .token(DemoServer.FULL_ACCESS_TOKEN).baseUrl(demo.baseUrl()).build()) {
            long people = client.people().list().parallel(2).stream().count();
            Directory directory = DirectoryReader.builder(client).build().read();
            System.out.println("modules " + HumaansClient.class.getModule().getName() + " "
                + Directory.class.getModule().getName() + " "
                + DemoServer.class.getModule().getName());
            System.out.println("people " + people + " directory " + directory.people().size());
          }
        }
      }
      """;

  @Test
  void aModularProgramUsesTheLibrariesOnTheModulePath(@TempDir Path dir) throws Exception {
    List<String> jars = runtimeJars();
    assertThat(jars).noneMatch(jar -> jar.contains("moshi-adapters"));
    String modulePath = String.join(File.pathSeparator, jars);

    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(src.resolve("probe"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("probe/Main.java"), MAIN);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter compilerOutput = new StringWriter();
    List<String> options = List.of("--module-path", modulePath, "-d", classes.toString());
    boolean compiled =
        javac
            .getTask(
                compilerOutput,
                null,
                null,
                options,
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(
                        src.resolve("module-info.java"), src.resolve("probe/Main.java")))
            .call();
    assertThat(compiled).as(compilerOutput.toString()).isTrue();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "--add-modules",
                ADD_MODULES,
                "-m",
                "humaans.probe/probe.Main")
            .redirectErrorStream(true)
            .start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!exited) {
      process.destroyForcibly();
    }

    assertThat(exited).as("the program ended; output: %s", output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("modules io.humaans.client io.humaans.checks io.humaans.testing\n")
        .contains("people 301 directory 301\n");
  }

  /** The packaged jars of the test class path that the program needs. */
  private static List<String> runtimeJars() throws IOException {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && RUNTIME_JARS.stream().anyMatch(name::startsWith)) {
        jars.add(entry);
      }
    }
    List<String> missing =
        new ArrayList<>(Arrays.asList("humaans-client-", "humaans-checks-", "humaans-testing-"));
    missing.removeIf(
        prefix ->
            jars.stream().anyMatch(j -> Path.of(j).getFileName().toString().startsWith(prefix)));
    if (!missing.isEmpty()) {
      throw new IOException(
          "not packaged jars on the class path (run mvn verify): "
              + missing
              + " in "
              + System.getProperty("java.class.path"));
    }
    return jars;
  }
}
