package io.qgate.benchconsole;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives headless chromium through one run: open the console, sign in once through Keycloak's login
 * form, time the first view the redirect back renders, then reload the signed-in tab (the tokens
 * live in sessionStorage) warm-up plus measured times.
 *
 * <p>Every time is read inside the page, relative to its navigation start: the console's
 * 'qgate:first-view' mark, or, on a console without it, the moment a MutationObserver installed
 * before any page script (CDP Page.addScriptToEvaluateOnNewDocument) first sees the overview
 * complete. WebDriver's polling only decides when to read, so it adds nothing to the figures.
 */
final class ConsoleBench {

  static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(25);

  /** After the DOM condition holds, how long a mark may still take before the fallback is used. */
  private static final Duration MARK_GRACE = Duration.ofSeconds(1);

  /**
   * Installed in every document before its scripts: records (performance.now()) the first DOM
   * mutation after which the overview holds its panels and no loading placeholder.
   */
  static final String OBSERVER =
      """
      (() => {
        if (window.__qgateBench) return;
        const state = (window.__qgateBench = {});
        const complete = () => {
          const view = document.querySelector('[data-testid="view-overview"]');
          return !!view && !!view.querySelector('.panel') && !view.querySelector('.loading');
        };
        new MutationObserver((records, observer) => {
          if (complete()) {
            state.domAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      })();
      """;

  /** What the page shows now; times in ms from its navigation start, null if not (yet) there. */
  private static final String PROBE =
      """
      const mark = performance.getEntriesByName('qgate:first-view')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      const view = document.querySelector('[data-testid="view-overview"]');
      const signedOut = document.querySelector('[data-testid="signed-out"]');
      const state = window.__qgateBench || {};
      return {
        stale: !!window.__qgateStale,
        href: location.href,
        mark: mark ? mark.startTime : null,
        dom: state.domAt === undefined ? null : state.domAt,
        overview: !!view,
        loading: view ? view.querySelectorAll('.loading').length : 0,
        errors: view ? view.querySelectorAll('[role="alert"]').length : 0,
        signedOut: signedOut ? signedOut.textContent.replace(/\\s+/g, ' ').trim() : null,
        main: (document.getElementById('main') || document.body || document.documentElement)
          .textContent.replace(/\\s+/g, ' ').trim().slice(0, 200),
        fetchStart: nav ? nav.fetchStart : null,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null
      };
      """;

  /** Keycloak's message when it refuses the credentials (its login themes v1 and v2). */
  private static final String LOGIN_ERROR =
      """
      const e = document.querySelector(
        '#input-error, #input-error-username, #kc-error-message, .alert-error, .pf-m-danger');
      return e ? e.textContent.replace(/\\s+/g, ' ').trim() : null;
      """;

  private final ConsoleBenchSettings settings;
  private final PrintStream progress;
  private ChromeDriver driver;
  private Method method;

  ConsoleBench(ConsoleBenchSettings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  BenchResult run() throws InterruptedException {
    new StackProbe().check(settings.url());
    Thread closer = new Thread(this::close, "qgate-bench-console-close");
    Runtime.getRuntime().addShutdownHook(closer);
    try {
      driver = startBrowser();
      String browser = "chromium " + driver.getCapabilities().getBrowserVersion();
      progress.println("qgate bench console: " + browser + ", signing in as " + settings.user());
      Sample signInSample = signIn();
      progress.println(
          "sign-in -> first view: "
              + ConsoleBenchReport.ms(signInSample.firstViewMs())
              + " ms"
              + (method == Method.DOM ? " (no 'qgate:first-view' mark: DOM fallback)" : ""));
      List<Sample> reloads = new ArrayList<>();
      for (int i = 1; i <= settings.warmup() + settings.runs(); i++) {
        boolean warm = i <= settings.warmup();
        Sample sample = reload();
        if (!warm) {
          reloads.add(sample);
        }
        progress.println(
            (warm
                    ? "warm-up " + i + "/" + settings.warmup()
                    : "reload " + (i - settings.warmup()) + "/" + settings.runs())
                + ": "
                + ConsoleBenchReport.ms(sample.firstViewMs())
                + " ms");
      }
      return new BenchResult(
          settings.url(),
          settings.user(),
          browser,
          method,
          settings.warmup(),
          new Phase("sign-in", "sign-in -> first view", List.of(signInSample)),
          new Phase("reload", "reload -> first view", reloads));
    } finally {
      close();
      try {
        Runtime.getRuntime().removeShutdownHook(closer);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  private ChromeDriver startBrowser() {
    ChromeDriver chrome;
    try {
      chrome = HeadlessChromium.start(settings.chromium(), settings.chromedriver());
    } catch (WebDriverException e) {
      throw new BenchFailure(
          "chromium did not start ("
              + settings.chromium()
              + " with "
              + settings.chromedriver()
              + "): "
              + firstLine(e.getMessage()),
          e);
    }
    try {
      chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      chrome.manage().timeouts().scriptTimeout(WAIT);
      chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
    } catch (RuntimeException e) {
      chrome.quit();
      throw e;
    }
    return chrome;
  }

  /** Opens the console, signs in through Keycloak, and times the first view it lands on. */
  private Sample signIn() throws InterruptedException {
    String console = settings.url().toString();
    driver.get(console);
    WebDriverWait wait = new WebDriverWait(driver, WAIT, POLL);
    try {
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='sign-in']")))
          .click();
    } catch (TimeoutException e) {
      throw new BenchFailure(
          "the console at " + console + " showed no sign-in button within 30 s: " + pageText());
    }
    WebElement username;
    try {
      username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    } catch (TimeoutException e) {
      throw new BenchFailure(
          "Keycloak's login form did not appear within 30 s (at "
              + driver.getCurrentUrl()
              + "): "
              + pageText());
    }
    username.sendKeys(settings.user());
    driver.findElement(By.id("password")).sendKeys(settings.password());
    driver.findElement(By.id("kc-login")).click();
    String refused = null;
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!driver.getCurrentUrl().startsWith(console)) {
      refused = (String) driver.executeScript(LOGIN_ERROR);
      if (refused != null && !refused.isEmpty()) {
        throw new BenchFailure(
            "Keycloak refused the sign-in as " + settings.user() + ": " + refused);
      }
      if (System.nanoTime() > deadline) {
        throw new BenchFailure(
            "Keycloak did not send the browser back to "
                + console
                + " within 30 s after signing in as "
                + settings.user()
                + " (at "
                + driver.getCurrentUrl()
                + ")");
      }
      Thread.sleep(POLL.toMillis());
    }
    return awaitFirstView("signing in");
  }

  private Sample reload() throws InterruptedException {
    driver.executeScript("window.__qgateStale = true;");
    driver.navigate().refresh();
    return awaitFirstView("a reload");
  }

  /**
   * Waits (up to 30 s) until the page's first view is complete and its load event has ended; the
   * first call decides the {@link Method} for the whole run.
   */
  private Sample awaitFirstView(String after) throws InterruptedException {
    long start = System.nanoTime();
    long domSeen = 0;
    Map<?, ?> page = Map.of();
    while (true) {
      page = (Map<?, ?>) driver.executeScript(PROBE);
      long now = System.nanoTime();
      if (!Boolean.TRUE.equals(page.get("stale"))) {
        if (page.get("signedOut") != null) {
          throw new BenchFailure(
              "the console showed its signed-out page after "
                  + after
                  + ": "
                  + page.get("signedOut"));
        }
        boolean loaded = number(page.get("load")) > 0;
        boolean marked = !Double.isNaN(number(page.get("mark")));
        boolean dom = !Double.isNaN(number(page.get("dom")));
        if (loaded && (marked || dom)) {
          if (method == null && marked) {
            method = Method.MARK;
          } else if (method == null) {
            domSeen = domSeen == 0 ? now : domSeen;
            if (now - domSeen > MARK_GRACE.toNanos()) {
              method = Method.DOM;
            }
          }
          if (method == Method.MARK && marked || method == Method.DOM && dom) {
            break;
          }
        }
      }
      if (now - start > WAIT.toNanos()) {
        throw new BenchFailure(
            String.format(
                Locale.ROOT,
                "the first view did not complete within 30 s after %s (%s; page %s%s)",
                after,
                method == Method.MARK
                    ? "no 'qgate:first-view' mark"
                    : "no overview without loading placeholders",
                page.get("href"),
                Boolean.TRUE.equals(page.get("overview"))
                    ? ", overview shows " + page.get("loading") + " loading placeholder(s)"
                    : ", no overview: " + page.get("main")));
      }
      Thread.sleep(POLL.toMillis());
    }
    if (!Boolean.TRUE.equals(page.get("overview"))) {
      throw new BenchFailure(
          "the first view after " + after + " is not the overview (" + page.get("href") + ")");
    }
    double mark = number(page.get("mark"));
    double dom = number(page.get("dom"));
    return new Sample(
        method == Method.MARK ? mark : dom,
        mark,
        dom,
        number(page.get("fetchStart")),
        number(page.get("dcl")),
        number(page.get("load")),
        ((Number) page.get("errors")).intValue());
  }

  private String pageText() {
    try {
      Object text =
          driver.executeScript(
              "return (document.body ? document.body.textContent : '')"
                  + ".replace(/\\s+/g, ' ').trim().slice(0, 200);");
      return text == null || text.toString().isEmpty() ? "(empty page)" : text.toString();
    } catch (WebDriverException e) {
      return "(page unreadable)";
    }
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Quits the browser once (from the run's finally block or the shutdown hook on Ctrl-C). */
  private synchronized void close() {
    if (driver != null) {
      try {
        driver.quit();
      } catch (RuntimeException e) {
        // the browser is gone already
      }
      driver = null;
    }
  }
}
