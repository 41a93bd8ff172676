package io.qgate.benchconsole;

import java.io.OutputStream;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through its chromedriver, headless, in a 1280 × 900 window: the browser
 * of the console benchmark and of the console's browser tests (ConsoleIT), started the one way.
 */
public final class HeadlessChromium {

  private HeadlessChromium() {}

  /**
   * Starts chromium; the caller quits it.
   *
   * @throws org.openqa.selenium.WebDriverException if chromium or chromedriver does not start
   */
  public static ChromeDriver start(Path chromium, Path chromedriver) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // No sandbox (root in CI), no GPU, no shared memory, nothing fetched from the network.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new ChromeDriver(service, options);
  }
}
