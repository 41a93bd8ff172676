package io.qgate.console.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * index.html preloads the first view's modules: each must be a file the WAR serves, and the ECharts
 * it names the very file charts.js imports (a stale preload costs a megabyte for nothing).
 */
class ConsolePreloadTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern PRELOAD =
      Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">");

  @Test
  void everyPreloadedModuleIsOneTheConsoleLoads() throws IOException {
    List<String> preloaded = new ArrayList<>();
    Matcher preload = PRELOAD.matcher(Files.readString(WEBAPP.resolve("index.html")));
    while (preload.find()) {
      preloaded.add(preload.group(1));
    }
    String charts = Files.readString(WEBAPP.resolve("console/charts.js"));

    assertThat(preloaded).contains("console/views/overview.js", "console/charts.js");
    for (String module : preloaded) {
      if (module.startsWith("webjars/")) {
        assertThat(charts).as(module).contains("from '../" + module + "'");
      } else {
        assertThat(WEBAPP.resolve(module)).as(module).isRegularFile();
      }
    }
  }
}
