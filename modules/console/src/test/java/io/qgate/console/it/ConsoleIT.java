package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

  /** Fixtures the tests look for: one device per tenant, and a link of the tests' own. */
  private static final String UTILITY_DEVICE = "it-console-pmu-1";

  private static final String HOSPITAL_DEVICE = "it-console-monitor-1";
  private static final String ATTACK_LINK = "it-console-ab";

  private ConsoleBrowser console;

  @BeforeEach
  void openBrowser(TestInfo test) {
    // On localhost, not the host address Arquillian reports (see the class comment).
    console =
        ConsoleBrowser.start(
            "http://localhost:" + deploymentUrl.getPort() + deploymentUrl.getPath(),
            test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void closeBrowser() {
    if (console != null) {
      console.close();
    }
  }

  // --- what each role sees ---------------------------------------------------------------------

  @Test
  void gridOperatorSeesLinksAndUtilityDevicesButNoHospitalDeviceAuditOrPolicyEditing() {
    ensureDevices();
    console.signIn("grace");

    assertThat(console.text("user-name")).isEqualTo("grace");
    assertThat(console.text("user-roles")).contains("grid-operator");
    assertThat(console.text("user-tenants")).isEqualTo("utility");
    assertThat(console.navigation()).contains("overview", "links", "keys", "devices", "policies");
    assertThat(console.navigation()).doesNotContain("audit");
    console.screenshot("overview");

    console.open("links");
    console.waitFor("link-state");
    assertThat(console.present("attach-eavesdropper")).isFalse();
    assertThat(console.present("clear-link")).isFalse();
    console.screenshot("links");

    console.open("keys");
    console.waitFor("keys-pools");
    // Rotation and key events load without an error (what they list depends on what ran before).
    for (String panel : List.of("keys-rotation", "keys-events")) {
      console.until().until(d -> !console.waitFor(panel).getText().contains("Loading"));
      assertThat(console.waitFor(panel).findElements(By.cssSelector("[role=alert]")))
          .as(panel)
          .isEmpty();
    }
    console.screenshot("keys");

    console.open("devices");
    console.waitFor("device-" + UTILITY_DEVICE);
    assertThat(console.present("device-" + HOSPITAL_DEVICE)).isFalse();
    assertThat(console.row(UTILITY_DEVICE).findElements(ConsoleBrowser.testId("cert-expiring")))
        .as("a certification expiring within 30 days carries a warning")
        .hasSize(1);
    assertThat(console.options("device-tenant")).containsExactly("UTILITY");
    console.screenshot("devices");

    console.open("policies");
    console.waitFor("policy-current");
    assertThat(console.present("policy-edit")).isFalse();
    console.screenshot("policies");

    // The audit view is not hers: asking for it by URL lands on the overview.
    console.navigateTo("audit");
    console.waitFor("view-overview");
    assertThat(console.present("view-audit")).isFalse();
  }

  @Test
  void hospitalOperatorSeesHospitalDevicesOnly() {
    ensureDevices();
    console.signIn("hugo");

    assertThat(console.text("user-roles")).contains("hospital-operator");
    assertThat(console.text("user-tenants")).isEqualTo("hospital");
    console.open("devices");
    console.waitFor("device-" + HOSPITAL_DEVICE);
    assertThat(console.present("device-" + UTILITY_DEVICE)).isFalse();
    console.screenshot("devices");
    assertThat(console.navigation()).doesNotContain("audit");
  }

  @Test
  void auditorVerifiesTheChainAndHasNoEditingControls() {
    console.signIn("audrey");

    assertThat(console.text("user-roles")).contains("auditor");
    assertThat(console.navigation()).contains("audit");
    console.open("audit");
    console.waitFor("audit-total");
    console.click("audit-verify");
    WebElement result = console.waitFor("audit-verify-result");
    assertThat(result.getText()).isEqualTo("INTACT");
    console.screenshot("audit");

    console.open("policies");
    console.waitFor("policy-current");
    assertThat(console.present("policy-edit")).isFalse();
    console.screenshot("policies");

    console.open("links");
    console.waitFor("link-state");
    assertThat(console.present("attach-eavesdropper")).isFalse();
    assertThat(console.present("clear-link")).isFalse();
    console.screenshot("links");
  }

  @Test
  void securityOfficerEditsAPolicySeesTheDiffAndFindsTheRevisionInTheAuditTrail() {
    console.signIn("sofia");
    console.open("policies");
    console.waitFor("policy-current");
    new Select(console.waitFor("policy-select")).selectByValue("UTILITY/GRID");
    // The view loads the chosen policy; wait until it shows it, not the one shown before.
    console
        .until()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='policy-current'][data-policy='UTILITY/GRID']")));
    console.waitFor("policy-edit").click();

    WebElement editor = console.waitFor("policy-editor");
    JsonObject rules = json(editor.getAttribute("value"));
    int retention = rules.getInt("auditRetentionDays");
    int changed = retention + 1;
    String edited =
        editor
            .getAttribute("value")
            .replace(
                numberField("auditRetentionDays", retention),
                numberField("auditRetentionDays", changed));
    console.setValue(editor, edited);
    console.waitFor("policy-reason").sendKeys("ConsoleIT: keep audit records a day longer");
    console.click("policy-review");

    WebElement diff = console.waitFor("policy-diff");
    assertThat(diffLines(diff, "-")).containsExactly(numberField("auditRetentionDays", retention));
    assertThat(diffLines(diff, "+")).containsExactly(numberField("auditRetentionDays", changed));
    console.screenshot("policy-diff");
    console.click("policy-save");
    assertThat(console.waitFor("policy-saved").getText()).contains("is in force");
    console.screenshot("policies");

    console.open("audit");
    console.waitFor("audit-total");
    new Select(console.waitFor("audit-type")).selectByValue("POLICY_CHANGED");
    console.click("audit-search");
    console
        .until()
        .until(
            b ->
                b.findElements(By.cssSelector("[data-testid^='audit-event-']")).stream()
                    .anyMatch(
                        r ->
                            r.getText().contains("POLICY_CHANGED")
                                && r.getText().contains("sofia")));
    console.screenshot("audit");

    restoreRetention("UTILITY/GRID", retention);
  }

  @Test
  void platformAdminAttachesAnEavesdropperWatchesTheLinkTurnCompromisedAndClearsIt() {
    ensureAttackLink();
    console.signIn("adam");
    assertThat(console.navigation())
        .contains("overview", "links", "keys", "devices", "policies", "audit");
    console.screenshot("overview");

    console.open("links");
    new Select(console.waitFor("link-select")).selectByValue(ATTACK_LINK);
    // A new link runs within a minute (LinkMonitoringIT waits as long).
    console
        .until(Duration.ofSeconds(90))
        .until(b -> List.of("RUNNING", "POOL_FULL").contains(console.linkState(ATTACK_LINK)));
    console.screenshot("links");

    new Select(console.waitFor("attack-kind")).selectByValue("INTERCEPT_RESEND");
    WebElement fraction = console.waitFor("attack-fraction");
    fraction.clear();
    fraction.sendKeys("1");
    console.click("attach-eavesdropper");
    console.waitFor("action-status");
    // The console polls every 2 s: the state changes on screen without reloading.
    console
        .until(Duration.ofSeconds(90))
        .until(b -> console.linkState(ATTACK_LINK).equals("COMPROMISED"));
    assertThat(console.text("link-eavesdropper")).contains("INTERCEPT_RESEND").contains("adam");
    console.screenshot("links-compromised");

    console.click("detach-eavesdropper");
    console.until().until(b -> console.text("link-eavesdropper").equals("none"));
    console.waitFor("clear-reason").sendKeys("ConsoleIT: tap removed");
    // The network policy refuses to clear while the last window's QBER is still Eve's (the
    // console shows its 403 detail): click again until an honest window has been measured.
    console
        .until(Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(3))
        .until(
            b -> {
              if (console.linkState(ATTACK_LINK).equals("COMPROMISED")) {
                console.click("clear-link");
              }
              return !console.linkState(ATTACK_LINK).equals("COMPROMISED");
            });
    console
        .until()
        .until(b -> List.of("RUNNING", "POOL_FULL").contains(console.linkState(ATTACK_LINK)));
    console.screenshot("links-cleared");
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
    console.signIn("hugo");
    assertThat(console.navigation()).contains("telemetry");
    console.open("telemetry");
    assertThat(console.telemetryTabs()).containsExactly("health");
    assertThat(console.waitFor("telemetry-tab-health").getAttribute("aria-selected"))
        .isEqualTo("true");
    assertThat(console.text("telemetry-audit-notice"))
        .isEqualTo("Reads of vital signs are recorded in the audit trail.");
    console
        .until(Duration.ofSeconds(120))
        .until(b -> console.present("telemetry-empty") || console.present("telemetry-table"));
    assertThat(console.present("telemetry-refused")).isFalse();
    if (console.present("telemetry-table")) {
      assertThat(console.firstRowValue("patient")).as("a pseudonym, never a name").isNotBlank();
      // The table is redrawn every 2 s: click the row as it is now, again if it was redrawn.
      console
          .until()
          .until(
              b -> {
                b.findElement(By.cssSelector("[data-testid='telemetry-table'] tbody tr")).click();
                return true;
              });
      console.waitFor("telemetry-chart");
    } else {
      assertThat(console.text("telemetry-empty")).isEqualTo("No readings yet on this instance.");
    }
    console.screenshot("telemetry");

    console.click("sign-out");
    console.waitFor("sign-in");
    console.signIn("grace");
    assertThat(console.navigation()).contains("telemetry");
    console.open("telemetry");
    assertThat(console.telemetryTabs()).containsExactly("grid");
    assertThat(console.present("telemetry-tab-health")).isFalse();
    console
        .until(Duration.ofSeconds(120))
        .until(b -> console.present("telemetry-empty") || console.present("telemetry-table"));
    assertThat(console.present("telemetry-refused")).isFalse();
    console.screenshot("telemetry-grace");
  }

  /**
   * The administrator works for every tenant, so he is offered every domain; the health policy
   * names only hospital operators among its readers, and the console shows the API's refusal.
   */
  @Test
  void platformAdminIsOfferedEveryDomainAndTheHealthPolicyRefusesHimVitalSigns() {
    console.signIn("adam");
    console.open("telemetry");
    assertThat(console.telemetryTabs()).containsExactly("grid", "health", "industrial");
    // He opens on the grid tab, whose policy refuses him as well (grid operators and security
    // officers read it): wait for the health policy's answer, not the grid's.
    console.click("telemetry-tab-health");
    console.until().until(b -> console.text("telemetry-refused").contains("health policy"));
    assertThat(console.text("telemetry-refused"))
        .contains("Your role is not among the readers the health policy names")
        .as("the server's problem detail, naming the policy, is shown as well")
        .contains("denied by policy HOSPITAL/HEALTH");
    assertThat(console.present("telemetry-table")).isFalse();
    console.screenshot("telemetry-refused");
  }

  @Test
  void gridOperatorRunsASweepAndAcknowledgesAnAlert() {
    // Two utility alerts: grace acknowledges the first, the second stays open for audrey.
    String acknowledged = produceUtilityAlert("WARNING");
    String open = produceUtilityAlert("CRITICAL");
    console.signIn("grace");
    assertThat(console.navigation()).contains("alerts", "simulations");

    console.open("simulations");
    Select protocols = new Select(console.waitFor("sweep-protocols"));
    protocols.deselectAll();
    protocols.selectByValue("bb84-decoy");
    protocols.selectByValue("sarg04");
    WebElement points = console.waitFor("sweep-points");
    points.clear();
    points.sendKeys("10");
    console.click("sweep-submit");
    console.waitFor("simulation-submitted");
    console.waitFor("simulation-progress");
    console
        .until(Duration.ofSeconds(120))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='simulation-chart'] canvas")));
    assertThat(console.text("simulation-state")).isEqualTo("SUCCEEDED");
    console.screenshot("simulations");

    console.open("alerts");
    // The store reads the topic in the background; the view polls every 5 s.
    console
        .until(Duration.ofSeconds(120))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                ConsoleBrowser.testId("alert-" + acknowledged)));
    console.waitFor("alert-note-" + acknowledged).sendKeys("ConsoleIT: checked on site");
    console.click("alert-ack-" + acknowledged);
    assertThat(console.waitFor("alerts-status").getText()).contains("acknowledged by grace");
    console.until().until(b -> !console.present("alert-" + acknowledged));
    new Select(console.waitFor("alerts-state")).selectByValue("ACKNOWLEDGED");
    assertThat(console.waitFor("acknowledged-" + acknowledged).getText())
        .contains("grace")
        .contains("ConsoleIT: checked on site");
    console.screenshot("alerts");

    console.click("sign-out");
    console.waitFor("sign-in");
    console.signIn("audrey");
    assertThat(console.navigation()).contains("alerts", "simulations");
    console.open("alerts");
    console.waitFor("alert-" + open);
    assertThat(console.findAll("[data-testid^='alert-ack-']")).isEmpty();
    assertThat(console.findAll("[data-testid^='alert-note-']")).isEmpty();
    console.screenshot("alerts-auditor");
    console.open("simulations");
    console.waitFor("simulation-read-only");
    assertThat(console.present("sweep-form")).isFalse();
  }

  // --- reading what the console shows ------------------------------------------------------

  private static List<String> diffLines(WebElement diff, String op) {
    return diff.findElements(By.cssSelector("li[data-op='" + op + "']")).stream()
        .map(li -> li.getText().substring(2).strip().replaceAll(",$", ""))
        .toList();
  }

  private static String numberField(String name, int value) {
    return "\"" + name + "\": " + value;
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
    certify(id, "IEC_62443_4_2", 2, now.minus(Duration.ofDays(1)), now.plus(validFor));
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
