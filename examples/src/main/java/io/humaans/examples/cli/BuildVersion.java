package io.humaans.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The program's version for {@code --version}: the project version, written into {@code
 * humaans-version.properties} by the build (resource filtering in {@code examples/pom.xml}).
 */
final class BuildVersion implements IVersionProvider {
  private static final String RESOURCE = "humaans-version.properties";

  /** Returns the project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build did not bundle " + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + version);
      }
      return version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"humaans " + version()};
  }
}
