package io.qgate.benchconsole;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one run measures: the console at {@code url} (its root, where index.html is served), signed
 * in as {@code user}; {@code warmup} reloads not counted, then {@code runs} measured ones.
 */
record ConsoleBenchSettings(
    URI url,
    String user,
    String password,
    int runs,
    int warmup,
    Path chromium,
    Path chromedriver,
    boolean json) {

  static final int MAX_RUNS = 10_000;

  /**
   * Validated settings from the raw option values; {@link IllegalArgumentException} names the
   * option.
   */
  static ConsoleBenchSettings of(
      String url,
      String user,
      String password,
      int runs,
      int warmup,
      String chromium,
      String chromedriver,
      boolean json) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("--user must not be empty");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("--password must not be empty");
    }
    if (runs < 1 || runs > MAX_RUNS) {
      throw new IllegalArgumentException(
          "--runs must be between 1 and " + MAX_RUNS + ", got " + runs);
    }
    if (warmup < 0 || warmup > MAX_RUNS) {
      throw new IllegalArgumentException(
          "--warmup must be between 0 and " + MAX_RUNS + ", got " + warmup);
    }
    return new ConsoleBenchSettings(
        consoleUrl(url),
        user.strip(),
        password,
        runs,
        warmup,
        executable("--chromium", chromium, "chromium"),
        executable("--chromedriver", chromedriver, "chromium-driver"),
        json);
  }

  /** An absolute http(s) URL with a host; the path gets a trailing slash (the console's root). */
  static URI consoleUrl(String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--url is not a URL: '" + value.strip() + "'");
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "--url must be an http:// or https:// URL with a host, got '" + value.strip() + "'");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "--url must be the console's root, without query or fragment, got '"
              + value.strip()
              + "'");
    }
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    try {
      return new URI(
          scheme.toLowerCase(java.util.Locale.ROOT),
          null,
          uri.getHost(),
          uri.getPort(),
          path,
          null,
          null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--url is not a URL: '" + value.strip() + "'");
    }
  }

  private static Path executable(String option, String value, String debianPackage) {
    Path path = Path.of(value.strip());
    if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
      throw new IllegalArgumentException(
          option
              + " "
              + path
              + " is not an executable file (Debian: apt-get install -y "
              + debianPackage
              + ")");
    }
    return path;
  }
}
