package io.qgate.console.it;

import io.qgate.benchconsole.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in one headless Chromium (Debian's {@code chromium} and {@code
 * chromedriver}), driven the way ConsoleIT reads it: sign in, open a view, find elements by their
 * {@code data-testid}, wait, and take screenshots into {@code
 * target/screenshots/<test>-<view>.png}. Reads that race the console's redraws (a panel re-rendered
 * by a poll) run as one script.
 */
final class ConsoleBrowser implements AutoCloseable {

  /** How long any wait lasts before the test fails. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final String consoleUrl;
  private final String testName;

  private ConsoleBrowser(WebDriver driver, String consoleUrl, String testName) {
    this.driver = driver;
    this.consoleUrl = consoleUrl;
    this.testName = testName;
  }

  /** A new browser for {@code testName} on the console at {@code consoleUrl}. */
  static ConsoleBrowser start(String consoleUrl, String testName) {
    WebDriver driver =
        HeadlessChromium.start(
            Path.of(System.getProperty("qgate.it.chromium", "/usr/bin/chromium")),
            Path.of(System.getProperty("qgate.it.chromedriver", "/usr/bin/chromedriver")));
    return new ConsoleBrowser(driver, consoleUrl, testName);
  }

  /** Signs in as a demo user through Keycloak's login page and waits for the console's header. */
  void signIn(String user) {
    driver.get(consoleUrl);
    waitFor("sign-in").click();
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(DemoTokens.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    wait.until(b -> text("user-name").equals(user));
    waitFor("view-overview");
  }

  /** Opens a view by its URL (the hash route) and waits until it is on screen. */
  void open(String view) {
    navigateTo(view);
    waitFor("view-" + view);
  }

  /** Asks for a view by its URL without waiting for it (the console may refuse and redirect). */
  void navigateTo(String view) {
    driver.get(consoleUrl + "#/" + view);
  }

  static By testId(String id) {
    return By.cssSelector("[data-testid='" + id + "']");
  }

  WebElement waitFor(String id) {
    return until().until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
  }

  boolean present(String id) {
    return !driver.findElements(testId(id)).isEmpty();
  }

  /** Every element matching a CSS selector, now. */
  List<WebElement> findAll(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector));
  }

  /**
   * The text of an element, "" if absent. Read in one script: the links view redraws its health
   * panel on every poll, so an element found a moment earlier may already be gone (stale).
   */
  String text(String id) {
    return script(
        "const e = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\");"
            + " return e ? e.textContent.trim() : '';",
        id);
  }

  /** A wait of {@link #WAIT} that retries when the element it looked at was redrawn meanwhile. */
  WebDriverWait until() {
    return until(WAIT);
  }

  /** As {@link #until()}, for {@code timeout} (what a simulated attack or sweep takes). */
  WebDriverWait until(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** The state the links view shows for {@code link}, "" while it shows another link or none. */
  String linkState(String link) {
    return script(
        "const h = document.querySelector(\"[data-testid='link-health']\");"
            + " if (!h || h.dataset.link !== arguments[0]) return '';"
            + " const s = h.querySelector(\"[data-testid='link-state']\");"
            + " return s ? s.textContent.trim() : '';",
        link);
  }

  void click(String id) {
    waitFor(id).click();
  }

  /** The views the navigation offers, in order. */
  List<String> navigation() {
    return waitFor("nav").findElements(By.cssSelector("a[data-view]")).stream()
        .map(a -> a.getAttribute("data-view"))
        .toList();
  }

  List<String> options(String selectId) {
    return new Select(waitFor(selectId))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  /** The domains of the live telemetry tabs, in order. */
  List<String> telemetryTabs() {
    return waitFor("telemetry-tabs").findElements(By.cssSelector("[role='tab']")).stream()
        .map(t -> t.getAttribute("data-domain"))
        .toList();
  }

  /** The first device row's value under the column headed {@code label}, read in one script. */
  String firstRowValue(String label) {
    return script(
        "const c = document.querySelector(\"[data-testid='telemetry-table'] tbody tr"
            + " td[data-label='\" + arguments[0] + \"']\");"
            + " return c ? c.textContent.trim() : '';",
        label);
  }

  WebElement row(String deviceId) {
    return waitFor("device-" + deviceId);
  }

  /** Sets a textarea's value as typing would, without typing hundreds of characters. */
  void setValue(WebElement element, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            element,
            value);
  }

  void screenshot(String view) {
    Path dir = Path.of(System.getProperty("qgate.it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(testName + "-" + view + ".png"),
          ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private String script(String script, String argument) {
    Object value = ((JavascriptExecutor) driver).executeScript(script, argument);
    return value == null ? "" : value.toString();
  }
}
