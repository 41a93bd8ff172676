package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.benchconsole.HeadlessChromium;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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
 * The operator console in a real browser (Debian's chromium, headless) against the real stack: the
 * WAR on Payara Micro, PostgreSQL, Kafka and Keycloak with the qgate realm. Each test signs in
 * through Keycloak's own login page as one demo user and checks what that role and tenant see and
 * may do. Screenshots of every view land in {@code target/screenshots/<test>-<view>.png}.
 *
 * <p>What it needs from the stack: Keycloak on {@link DevStackExtension#oidcIssuer()} with the
 * realm's demo users, the public client {@code qgate-console} accepting redirects to {@code
 * http://localhost:<payara port>/*} (PKCE S256, web origins allowing the console's origin for the
 * token call), the password-grant client {@code qgate-cli} ({@link DemoTokens}, for fixtures), and
 * the platform started with {@code qgate.oidc.issuer} set to the same issuer (console config, CSP
 * and MP-JWT). The browser opens the console on {@code localhost}, not on the host address
 * Arquillian reports: the realm's redirect URIs name localhost, and PKCE's {@code crypto.subtle}
 * exists only in secure contexts (https or localhost).
 */
class ConsoleIT extends DeployedPlatform {

  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Fixtures the tests look for: one device per tenant, and a link of the tests' own. */
  private static final String UTILITY_DEVICE = "it-console-pmu-1";

  private static final String HOSPITAL_DEVICE = "it-console-monitor-1";
  private static final String ATTACK_LINK = "it-console-ab";

  private WebDriver browser;
  private String testName;

  @BeforeEach
  void openBrowser(TestInfo test) {
    testName = test.getTestMethod().orElseThrow().getName();
    browser =
        HeadlessChromium.start(
            Path.of(System.getProperty("qgate.it.chromium", "/usr/bin/chromium")),
            Path.of(System.getProperty("qgate.it.chromedriver", "/usr/bin/chromedriver")));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  // --- what each role sees ---------------------------------------------------------------------

  @Test
  void gridOperatorSeesLinksAndUtilityDevicesButNoHospitalDeviceAuditOrPolicyEditing() {
    ensureDevices();
    signIn("grace");

    assertThat(text("user-name")).isEqualTo("grace");
    assertThat(text("user-roles")).contains("grid-operator");
    assertThat(text("user-tenants")).isEqualTo("utility");
    assertThat(navigation()).contains("overview", "links", "keys", "devices", "policies");
    assertThat(navigation()).doesNotContain("audit");
    screenshot("overview");

    open("links");
    waitFor("link-state");
    assertThat(present("attach-eavesdropper")).isFalse();
    assertThat(present("clear-link")).isFalse();
    screenshot("links");

    open("keys");
    waitFor("keys-pools");
    // Rotation and key events load without an error (what they list depends on what ran before).
    for (String panel : List.of("keys-rotation", "keys-events")) {
      until(WAIT).until(d -> !waitFor(panel).getText().contains("Loading"));
      assertThat(waitFor(panel).findElements(By.cssSelector("[role=alert]"))).as(panel).isEmpty();
    }
    screenshot("keys");

    open("devices");
    waitFor("device-" + UTILITY_DEVICE);
    assertThat(present("device-" + HOSPITAL_DEVICE)).isFalse();
    assertThat(row(UTILITY_DEVICE).findElements(testId("cert-expiring")))
        .as("a certification expiring within 30 days carries a warning")
        .hasSize(1);
    assertThat(options("device-tenant")).containsExactly("UTILITY");
    screenshot("devices");

    open("policies");
    waitFor("policy-current");
    assertThat(present("policy-edit")).isFalse();
    screenshot("policies");

    // The audit view is not hers: asking for it by URL lands on the overview.
    browser.get(consoleUrl() + "#/audit");
    waitFor("view-overview");
    assertThat(present("view-audit")).isFalse();
  }

  @Test
  void hospitalOperatorSeesHospitalDevicesOnly() {
    ensureDevices();
    signIn("hugo");

    assertThat(text("user-roles")).contains("hospital-operator");
    assertThat(text("user-tenants")).isEqualTo("hospital");
    open("devices");
    waitFor("device-" + HOSPITAL_DEVICE);
    assertThat(present("device-" + UTILITY_DEVICE)).isFalse();
    screenshot("devices");
    assertThat(navigation()).doesNotContain("audit");
  }

  @Test
  void auditorVerifiesTheChainAndHasNoEditingControls() {
    signIn("audrey");

    assertThat(text("user-roles")).contains("auditor");
    assertThat(navigation()).contains("audit");
    open("audit");
    waitFor("audit-total");
    click("audit-verify");
    WebElement result = waitFor("audit-verify-result");
    assertThat(result.getText()).isEqualTo("INTACT");
    screenshot("audit");

    open("policies");
    waitFor("policy-current");
    assertThat(present("policy-edit")).isFalse();
    screenshot("policies");

    open("links");
    waitFor("link-state");
    assertThat(present("attach-eavesdropper")).isFalse();
    assertThat(present("clear-link")).isFalse();
    screenshot("links");
  }

  @Test
  void securityOfficerEditsAPolicySeesTheDiffAndFindsTheRevisionInTheAuditTrail() {
    signIn("sofia");
    open("policies");
    waitFor("policy-current");
    new Select(waitFor("policy-select")).selectByValue("UTILITY/GRID");
    // The view loads the chosen policy; wait until it shows it, not the one shown before.
    until(WAIT)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='policy-current'][data-policy='UTILITY/GRID']")));
    waitFor("policy-edit").click();

    WebElement editor = waitFor("policy-editor");
    JsonObject rules = json(editor.getAttribute("value"));
    int retention = rules.getInt("auditRetentionDays");
    int changed = retention + 1;
    String edited =
        editor
            .getAttribute("value")
            .replace(
                numberField("auditRetentionDays", retention),
                numberField("auditRetentionDays", changed));
    setValue(editor, edited);
    waitFor("policy-reason").sendKeys("ConsoleIT: keep audit records a day longer");
    click("policy-review");

    WebElement diff = waitFor("policy-diff");
    assertThat(diffLines(diff, "-")).containsExactly(numberField("auditRetentionDays", retention));
    assertThat(diffLines(diff, "+")).containsExactly(numberField("auditRetentionDays", changed));
    screenshot("policy-diff");
    click("policy-save");
    assertThat(waitFor("policy-saved").getText()).contains("is in force");
    screenshot("policies");

    open("audit");
    waitFor("audit-total");
    new Select(waitFor("audit-type")).selectByValue("POLICY_CHANGED");
    click("audit-search");
    until(WAIT)
        .until(
            b ->
                b.findElements(By.cssSelector("[data-testid^='audit-event-']")).stream()
                    .anyMatch(
                        r ->
                            r.getText().contains("POLICY_CHANGED")
                                && r.getText().contains("sofia")));
    screenshot("audit");

    restoreRetention("UTILITY/GRID", retention);
  }

  @Test
  void platformAdminAttachesAnEavesdropperWatchesTheLinkTurnCompromisedAndClearsIt() {
    ensureAttackLink();
    signIn("adam");
    assertThat(navigation()).contains("overview", "links", "keys", "devices", "policies", "audit");
    screenshot("overview");

    open("links");
    new Select(waitFor("link-select")).selectByValue(ATTACK_LINK);
    // A new link runs within a minute (LinkMonitoringIT waits as long).
    until(Duration.ofSeconds(90))
        .until(b -> List.of("RUNNING", "POOL_FULL").contains(linkState(ATTACK_LINK)));
    screenshot("links");

    new Select(waitFor("attack-kind")).selectByValue("INTERCEPT_RESEND");
    WebElement fraction = waitFor("attack-fraction");
    fraction.clear();
    fraction.sendKeys("1");
    click("attach-eavesdropper");
    waitFor("action-status");
    // The console polls every 2 s: the state changes on screen without reloading.
    until(Duration.ofSeconds(90)).until(b -> linkState(ATTACK_LINK).equals("COMPROMISED"));
    assertThat(text("link-eavesdropper")).contains("INTERCEPT_RESEND").contains("adam");
    screenshot("links-compromised");

    click("detach-eavesdropper");
    until(WAIT).until(b -> text("link-eavesdropper").equals("none"));
    waitFor("clear-reason").sendKeys("ConsoleIT: tap removed");
    // The network policy refuses to clear while the last window's QBER is still Eve's (the
    // console shows its 403 detail): click again until an honest window has been measured.
    until(Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(3))
        .until(
            b -> {
              if (linkState(ATTACK_LINK).equals("COMPROMISED")) {
                click("clear-link");
              }
              return !linkState(ATTACK_LINK).equals("COMPROMISED");
            });
    until(WAIT).until(b -> List.of("RUNNING", "POOL_FULL").contains(linkState(ATTACK_LINK)));
    screenshot("links-cleared");
  }

  // --- live telemetry: tenant and policy, not the role matrix ---------------------------------

  /**
   * Hugo (hospital) gets the health tab only, with the audit notice; Grace (utility) the grid tab
   * only. This Payara runs the domain consumers but no gateway ({@code qgate.gateway.fleet} is
   * off), so readings appear only if another test class's gateways wrote to this Kafka (as
   * TelemetryPipelineIT's do): the view shows either a device with a patient pseudonym and its
   * charts, or the empty state.
   */
  @Test
  void hugoWatchesVitalSignsAndGraceSeesNoHealthTab() {
    signIn("hugo");
    assertThat(navigation()).contains("telemetry");
    open("telemetry");
    assertThat(telemetryTabs()).containsExactly("health");
    assertThat(waitFor("telemetry-tab-health").getAttribute("aria-selected")).isEqualTo("true");
    assertThat(text("telemetry-audit-notice"))
        .isEqualTo("Reads of vital signs are recorded in the audit trail.");
    until(Duration.ofSeconds(120))
        .until(b -> present("telemetry-empty") || present("telemetry-table"));
    assertThat(present("telemetry-refused")).isFalse();
    if (present("telemetry-table")) {
      assertThat(firstRowValue("patient")).as("a pseudonym, never a name").isNotBlank();
      // The table is redrawn every 2 s: click the row as it is now, again if it was redrawn.
      until(WAIT)
          .until(
              b -> {
                b.findElement(By.cssSelector("[data-testid='telemetry-table'] tbody tr")).click();
                return true;
              });
      waitFor("telemetry-chart");
    } else {
      assertThat(text("telemetry-empty")).isEqualTo("No readings yet on this instance.");
    }
    screenshot("telemetry");

    click("sign-out");
    waitFor("sign-in");
    signIn("grace");
    assertThat(navigation()).contains("telemetry");
    open("telemetry");
    assertThat(telemetryTabs()).containsExactly("grid");
    assertThat(present("telemetry-tab-health")).isFalse();
    until(Duration.ofSeconds(120))
        .until(b -> present("telemetry-empty") || present("telemetry-table"));
    assertThat(present("telemetry-refused")).isFalse();
    screenshot("telemetry-grace");
  }

  /**
   * The administrator works for every tenant, so he is offered every domain; the health policy
   * names only hospital operators among its readers, and the console shows the API's refusal.
   */
  @Test
  void platformAdminIsOfferedEveryDomainAndTheHealthPolicyRefusesHimVitalSigns() {
    signIn("adam");
    open("telemetry");
    assertThat(telemetryTabs()).containsExactly("grid", "health", "industrial");
    // He opens on the grid tab, whose policy refuses him as well (grid operators and security
    // officers read it): wait for the health policy's answer, not the grid's.
    click("telemetry-tab-health");
    until(WAIT).until(b -> text("telemetry-refused").contains("health policy"));
    assertThat(text("telemetry-refused"))
        .contains("Your role is not among the readers the health policy names")
        .as("the server's problem detail, naming the policy, is shown as well")
        .contains("denied by policy HOSPITAL/HEALTH");
    assertThat(present("telemetry-table")).isFalse();
    screenshot("telemetry-refused");
  }

  @Test
  void gridOperatorRunsASweepAndAcknowledgesAnAlert() {
    // Two utility alerts: grace acknowledges the first, the second stays open for audrey.
    String acknowledged = produceUtilityAlert("WARNING");
    String open = produceUtilityAlert("CRITICAL");
    signIn("grace");
    assertThat(navigation()).contains("alerts", "simulations");

    open("simulations");
    Select protocols = new Select(waitFor("sweep-protocols"));
    protocols.deselectAll();
    protocols.selectByValue("bb84-decoy");
    protocols.selectByValue("sarg04");
    WebElement points = waitFor("sweep-points");
    points.clear();
    points.sendKeys("10");
    click("sweep-submit");
    waitFor("simulation-submitted");
    waitFor("simulation-progress");
    until(Duration.ofSeconds(120))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='simulation-chart'] canvas")));
    assertThat(text("simulation-state")).isEqualTo("SUCCEEDED");
    screenshot("simulations");

    open("alerts");
    // The store reads the topic in the background; the view polls every 5 s.
    until(Duration.ofSeconds(120))
        .until(ExpectedConditions.visibilityOfElementLocated(testId("alert-" + acknowledged)));
    waitFor("alert-note-" + acknowledged).sendKeys("ConsoleIT: checked on site");
    click("alert-ack-" + acknowledged);
    assertThat(waitFor("alerts-status").getText()).contains("acknowledged by grace");
    until(WAIT).until(b -> !present("alert-" + acknowledged));
    new Select(waitFor("alerts-state")).selectByValue("ACKNOWLEDGED");
    assertThat(waitFor("acknowledged-" + acknowledged).getText())
        .contains("grace")
        .contains("ConsoleIT: checked on site");
    screenshot("alerts");

    click("sign-out");
    waitFor("sign-in");
    signIn("audrey");
    assertThat(navigation()).contains("alerts", "simulations");
    open("alerts");
    waitFor("alert-" + open);
    assertThat(browser.findElements(By.cssSelector("[data-testid^='alert-ack-']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("[data-testid^='alert-note-']"))).isEmpty();
    screenshot("alerts-auditor");
    open("simulations");
    waitFor("simulation-read-only");
    assertThat(present("sweep-form")).isFalse();
  }

  // --- the browser --------------------------------------------------------------------------

  /** The console on localhost (see the class comment), e.g. http://localhost:28080/. */
  private String consoleUrl() {
    return "http://localhost:" + deploymentUrl.getPort() + deploymentUrl.getPath();
  }

  /** Signs in through Keycloak's login page and waits for the console's header. */
  private void signIn(String user) {
    browser.get(consoleUrl());
    waitFor("sign-in").click();
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(DemoTokens.PASSWORD);
    browser.findElement(By.id("kc-login")).click();
    wait.until(b -> text("user-name").equals(user));
    waitFor("view-overview");
  }

  /** Opens a view by its URL (the hash route) and waits until it is on screen. */
  private void open(String view) {
    browser.get(consoleUrl() + "#/" + view);
    waitFor("view-" + view);
  }

  private static By testId(String id) {
    return By.cssSelector("[data-testid='" + id + "']");
  }

  private WebElement waitFor(String id) {
    return until(WAIT).until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
  }

  private boolean present(String id) {
    return !browser.findElements(testId(id)).isEmpty();
  }

  /**
   * The text of an element, "" if absent. Read in one script: the links view redraws its health
   * panel on every poll, so an element found a moment earlier may already be gone (stale).
   */
  private String text(String id) {
    Object value =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const e = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\");"
                    + " return e ? e.textContent.trim() : '';",
                id);
    return value == null ? "" : value.toString();
  }

  /** A wait that retries when the element it looked at was redrawn meanwhile. */
  private WebDriverWait until(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(browser, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** The state the links view shows for {@code link}, "" while it shows another link or none. */
  private String linkState(String link) {
    Object value =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const h = document.querySelector(\"[data-testid='link-health']\");"
                    + " if (!h || h.dataset.link !== arguments[0]) return '';"
                    + " const s = h.querySelector(\"[data-testid='link-state']\");"
                    + " return s ? s.textContent.trim() : '';",
                link);
    return value == null ? "" : value.toString();
  }

  private void click(String id) {
    waitFor(id).click();
  }

  private List<String> navigation() {
    return waitFor("nav").findElements(By.cssSelector("a[data-view]")).stream()
        .map(a -> a.getAttribute("data-view"))
        .toList();
  }

  private List<String> options(String selectId) {
    return new Select(waitFor(selectId))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  /** The domains of the live telemetry tabs, in order. */
  private List<String> telemetryTabs() {
    return waitFor("telemetry-tabs").findElements(By.cssSelector("[role='tab']")).stream()
        .map(t -> t.getAttribute("data-domain"))
        .toList();
  }

  /** The first device row's value under the column headed {@code label}, read in one script. */
  private String firstRowValue(String label) {
    Object value =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const c = document.querySelector(\"[data-testid='telemetry-table'] tbody tr"
                    + " td[data-label='\" + arguments[0] + \"']\");"
                    + " return c ? c.textContent.trim() : '';",
                label);
    return value == null ? "" : value.toString();
  }

  private WebElement row(String deviceId) {
    return waitFor("device-" + deviceId);
  }

  private static List<String> diffLines(WebElement diff, String op) {
    return diff.findElements(By.cssSelector("li[data-op='" + op + "']")).stream()
        .map(li -> li.getText().substring(2).strip().replaceAll(",$", ""))
        .toList();
  }

  private static String numberField(String name, int value) {
    return "\"" + name + "\": " + value;
  }

  /** Sets a textarea's value as typing would, without typing hundreds of characters. */
  private void setValue(WebElement element, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            element,
            value);
  }

  private void screenshot(String view) {
    Path dir = Path.of(System.getProperty("qgate.it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(testName + "-" + view + ".png"),
          ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- fixtures through the API, as the demo users (DemoTokens: password grant, qgate-cli) ----

  /** A utility device whose certification expires in 10 days, and a hospital device. */
  private void ensureDevices() {
    registerDevice(UTILITY_DEVICE, "UTILITY", "GRID", "PMU", Duration.ofDays(10));
    registerDevice(HOSPITAL_DEVICE, "HOSPITAL", "HEALTH", "BEDSIDE_MONITOR", Duration.ofDays(365));
  }

  /** Registered and certified as adam (platform-admin: REGISTER_DEVICES, CERTIFY_DEVICES). */
  private void registerDevice(
      String id, String tenant, String domain, String kind, Duration validFor) {
    var created =
        api.post(
            "api/v1/devices",
            """
            {"id": "%s", "tenant": "%s", "domain": "%s", "kind": "%s", "name": "Console test %s"}"""
                .formatted(id, tenant, domain, kind, id));
    if (created.status() == 409) {
      return; // an earlier test registered it
    }
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Instant now = Instant.now();
    var certified =
        api.post(
            "api/v1/devices/" + id + "/certifications",
            """
            {"scheme": "IEC_62443_4_2", "level": 2, "issuer": "Test lab",
             "certificateNumber": "CT-%s", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(id, now.minus(Duration.ofDays(1)), now.plus(validFor)));
    assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
  }

  /** A link of the tests' own between two shared relays, with an SAE at each end (as adam). */
  private void ensureAttackLink() {
    for (String end : new String[] {"a", "b"}) {
      expectCreated(
          api.post("api/v1/network/nodes", TopologyJson.node("it-console-" + end, "SHARED")));
    }
    expectCreated(
        api.post(
            "api/v1/network/links",
            TopologyJson.fibreLink(ATTACK_LINK, "it-console-a", "it-console-b", 10)));
    for (String end : new String[] {"a", "b"}) {
      expectCreated(
          api.post(
              "api/v1/key-vault/saes",
              "{\"saeId\": \"sae-it-console-%s\", \"nodeId\": \"it-console-%s\"}"
                  .formatted(end, end)));
    }
  }

  /** A utility device alert written to qgate.alerts.v1 (as AlertsIT does); its id. */
  private static String produceUtilityAlert(String severity) {
    UUID alertId = UUID.randomUUID();
    String device = "it-console-pmu-" + alertId.toString().substring(0, 8);
    AlertsIT.produce(
        List.of(
            """
            {"alertId": "%s", "type": "PMU_FREQUENCY_EXCURSION", "severity": "%s",
             "tenant": "UTILITY", "source": {"kind": "DEVICE", "id": "%s"},
             "raisedAt": "%s", "message": "ConsoleIT: frequency 49.2 Hz at %s",
             "details": {"hz": 49.2}}"""
                .formatted(
                    alertId,
                    severity,
                    device,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    device)));
    return alertId.toString();
  }

  private static void expectCreated(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
  }

  /** Puts the policy back as it was, so the other test classes see the seeded retention. */
  private void restoreRetention(String scope, int retention) {
    ApiClient sofia = api.as("sofia");
    JsonObject current = sofia.get("api/v1/policies/" + scope).json();
    JsonObject rules = current.getJsonObject("rules");
    var body = Json.createObjectBuilder(rules);
    body.add("auditRetentionDays", retention);
    body.add("version", current.getInt("version"));
    body.add("reason", "ConsoleIT: restore the retention");
    if (rules.isNull("requiredCertification")) {
      body.remove("requiredCertification");
    }
    var restored = sofia.put("api/v1/policies/" + scope, body.build().toString());
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
