package io.humaans.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's HTML report in headless Chromium: it loads without console errors, each
 * product's trend chart has a size, and the screenshot shows a page. Skipped only where no Chromium
 * is installed ({@code .ci/run} installs the Debian package {@code chromium}).
 */
class ReportHtmlChromiumTest {
  /** Measures every chart after layout and records the sizes on the root element. */
  private static final String PROBE =
      "<script>(function () {"
          + "var out = [];"
          + "document.querySelectorAll('figure.trend').forEach(function (f) {"
          + "  var svg = f.querySelector('svg.chart'); var b = svg.getBBox();"
          + "  var r = svg.getBoundingClientRect();"
          + "  out.push(f.getAttribute('data-product') + ':' + Math.round(b.width) + 'x'"
          + "    + Math.round(b.height) + ':' + Math.round(r.width) + 'x' + Math.round(r.height));"
          + "});"
          + "document.documentElement.setAttribute('data-probe', out.join(' '));"
          + "})();</script>";

  private static final Pattern PROBE_ATTR = Pattern.compile("data-probe=\"([^\"]*)\"");
  private static final Pattern CHART = Pattern.compile("([^: ]+):(\\d+)x(\\d+):(\\d+)x(\\d+)");

  @TempDir Path dir;

  @Test
  void demoReportRendersInChromiumWithOneChartPerProduct() throws Exception {
    Path chromium = chromium();
    Assumptions.assumeTrue(
        chromium != null,
        "no Chromium installed (looked for /usr/bin/chromium,"
            + " chromium and chromium-browser on PATH); install the Debian package 'chromium' to run"
            + " this test");
    CliRun.Result r = new CliRun().run(Map.of(), "report", "--demo", "--format", "html", "-q");
    assertThat(r.status).as(r.toString()).isEqualTo(HumaansCli.CHECKS_FAILED);
    assertThat(r.err).isEmpty();
    String html = r.out;
    assertSelfContained(html);
    Path page = dir.resolve("report.html");
    Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");

    Process p =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"),
                "--screenshot=" + png,
                "--window-size=1280,2000",
                "--dump-dom",
                "--enable-logging=stderr",
                "--v=0",
                page.toUri().toString())
            .start();
    p.getOutputStream().close();
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("chromium finished within 30 s").isTrue();
    String dom = out.get(5, TimeUnit.SECONDS);
    String log = err.get(5, TimeUnit.SECONDS);
    assertThat(p.exitValue()).as(log).isZero();

    List<String> console =
        log.lines()
            .filter(
                l ->
                    l.contains(":CONSOLE")
                        || l.contains("Uncaught")
                        || l.contains("ERR_FILE_NOT_FOUND")
                        || l.contains("net::ERR"))
            .collect(Collectors.toList());
    assertThat(console).as("console messages and load errors").isEmpty();
    Matcher m = PROBE_ATTR.matcher(dom);
    assertThat(m.find()).as("the probe ran (the page's scripts work)").isTrue();
    Matcher chart = CHART.matcher(m.group(1));
    Set<String> products = new HashSet<>();
    while (chart.find()) {
      products.add(chart.group(1));
      for (int g = 2; g <= 5; g++) {
        assertThat(Integer.parseInt(chart.group(g))).as("chart %s size", m.group(1)).isPositive();
      }
      assertThat(Integer.parseInt(chart.group(2))).as("bars span the chart").isGreaterThan(300);
    }
    assertThat(products).containsExactlyInAnyOrder("figma", "salesforce");

    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);
  }

  /** No scripts, style sheets, fonts or images from elsewhere: nothing is loaded. */
  static void assertSelfContained(String html) {
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain(" src=")
        .doesNotContain(" href=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("@font-face");
  }

  private static Path chromium() {
    Path fixed = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(fixed)) {
      return fixed;
    }
    String path = System.getenv("PATH");
    for (String d : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(d, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
