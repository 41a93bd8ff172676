package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two platform instances that behave as one (issue 9), beside the Arquillian one, on one PostgreSQL
 * and one Kafka broker, both running the demo fleets: every simulated link and every fleet runs on
 * exactly one instance; one instance is killed with SIGKILL while 16 ETSI clients draw keys through
 * both; its links and fleets move to the survivors, no key is delivered twice or lost to a slave,
 * the audit chain stays unbroken and the console answers through the survivor.
 */
class ClusterFailoverIT extends DeployedPlatform {

  private static final int CLIENTS = 16;
  private static final Duration TAKEOVER = Duration.ofSeconds(90);

  private static SecondInstance doomed;
  private static SecondInstance survivor;
  private static DevPki pki;

  @BeforeAll
  static void startTwoInstancesWithFleets() throws Exception {
    Path pkiDir = VaultSettings.work().resolve("pki");
    pki = DevPki.ensure(pkiDir);
    PoolFixture.deposit("core-grid", 32);
    PoolFixture.deposit("core-health", 32);
    List<SecondInstance> pair =
        SecondInstance.startPairWithEtsi(
            "cluster-a", "cluster-b", SecondInstance.SMALL_FLEETS, pkiDir);
    doomed = pair.get(0);
    survivor = pair.get(1);
  }

  @AfterAll
  static void stopInstances() {
    for (SecondInstance instance : new SecondInstance[] {doomed, survivor}) {
      if (instance != null) {
        instance.close();
      }
    }
  }

  @Test
  void oneInstanceKilledUnderLoadLeavesTheClusterWhole() throws Exception {
    // Each fleet is driven by exactly one of the two; each link runs on exactly one instance.
    await("every fleet driven")
        .atMost(Duration.ofSeconds(240))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> drivenFleets(doomed).size() + drivenFleets(survivor).size() == 3);
    // One instance may drive all three: what matters is that no fleet is driven twice.
    assertThat(Collections.disjoint(drivenFleets(doomed), drivenFleets(survivor)))
        .as("fleets driven by both instances")
        .isTrue();
    String doomedHolder = doomed.pid() + "@";
    await("the links spread over the instances")
        .atMost(Duration.ofSeconds(60))
        .until(() -> linkHolders().values().stream().anyMatch(h -> h.startsWith(doomedHolder)));
    Set<String> linksOfTheDoomed =
        linkHolders().entrySet().stream()
            .filter(e -> e.getValue().startsWith(doomedHolder))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    Set<String> fleetsOfTheDoomed = drivenFleets(doomed);
    long chainBefore =
        api.get("api/v1/audit/verify").json().getJsonNumber("rowsChecked").longValue();

    // ETSI load through both instances; the doomed one dies in the middle of it.
    String link = registerSaePair("failover");
    PoolFixture.deposit(link, 20_000);
    Map<String, String> delivered = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger failedRequests = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    EtsiClient[] masters = {
      EtsiClient.as(doomed.etsiUrl(), credentials("sae-failover-a")),
      EtsiClient.as(survivor.etsiUrl(), credentials("sae-failover-a"))
    };
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int c = 0; c < CLIENTS; c++) {
        EtsiClient client = masters[c % 2];
        done.add(
            clients.submit(
                () -> {
                  while (!stop.get()) {
                    EtsiClient.Reply reply;
                    try {
                      reply = client.post("sae-failover-b/enc_keys", "{\"number\": 16}");
                    } catch (IOException crashed) {
                      failedRequests.incrementAndGet(); // its instance died mid-request
                      Thread.sleep(100);
                      continue;
                    }
                    if (reply.status() != 200) {
                      failedRequests.incrementAndGet();
                      continue;
                    }
                    for (var key : reply.json().getJsonArray("keys")) {
                      JsonObject entry = key.asJsonObject();
                      if (delivered.put(entry.getString("key_ID"), entry.getString("key"))
                          != null) {
                        duplicates.incrementAndGet();
                      }
                    }
                  }
                  return null;
                }));
      }
      Thread.sleep(3_000);
      doomed.kill();
      long killedAt = System.nanoTime();
      Thread.sleep(5_000); // the clients of the survivor go on; those of the dead one fail
      stop.set(true);
      for (Future<?> client : done) {
        client.get();
      }

      // Its links and fleets move to the survivors once their leases run out.
      await("the dead instance's links taken over")
          .atMost(TAKEOVER)
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                // A link nobody holds (lease run out, not yet claimed) is not taken over yet.
                Map<String, String> holders = linkHolders();
                return linksOfTheDoomed.stream()
                    .noneMatch(l -> holders.getOrDefault(l, doomedHolder).startsWith(doomedHolder));
              });
      await("the dead instance's fleets taken over")
          .atMost(TAKEOVER)
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> drivenFleets(survivor).containsAll(fleetsOfTheDoomed));
      System.out.printf(
          "Failover: links %s and fleets %s moved within %d s; %d keys delivered, %d requests"
              + " failed%n",
          linksOfTheDoomed,
          fleetsOfTheDoomed,
          Duration.ofNanos(System.nanoTime() - killedAt).toSeconds(),
          delivered.size(),
          failedRequests.get());
    } finally {
      stop.set(true);
      clients.shutdownNow();
    }

    // Exactly once: no key id or key twice, and every delivered key reaches the slave once.
    assertThat(duplicates).hasValue(0);
    assertThat(delivered).isNotEmpty();
    assertThat(Set.copyOf(delivered.values())).hasSameSizeAs(delivered.keySet());
    EtsiClient slave = EtsiClient.as(survivor.etsiUrl(), credentials("sae-failover-b"));
    List<String> ids = new ArrayList<>(delivered.keySet());
    for (int from = 0; from < ids.size(); from += 64) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + 64));
      String body =
          batch.stream()
              .map(id -> "{\"key_ID\": \"" + id + "\"}")
              .collect(Collectors.joining(",", "{\"key_IDs\": [", "]}"));
      var reply = slave.post("sae-failover-a/dec_keys", body);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      Map<String, String> fetched = new HashMap<>();
      reply
          .json()
          .getJsonArray("keys")
          .forEach(
              k ->
                  fetched.put(
                      k.asJsonObject().getString("key_ID"), k.asJsonObject().getString("key")));
      for (String id : batch) {
        assertThat(fetched.get(id)).as(id).isEqualTo(delivered.get(id));
      }
      assertThat(slave.post("sae-failover-a/dec_keys", body).status())
          .as("delivered twice")
          .isEqualTo(400);
    }

    // The trail stayed one unbroken chain, seen from either survivor.
    for (ApiClient instance : new ApiClient[] {api, new ApiClient(survivor.url())}) {
      JsonObject report = instance.get("api/v1/audit/verify").json();
      assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
      assertThat(report.getJsonNumber("rowsChecked").longValue()).isGreaterThan(chainBefore);
    }

    // The console works through the survivor: its page, its configuration, the API as a person.
    ApiClient throughSurvivor = new ApiClient(survivor.url());
    var page = throughSurvivor.as(null).get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("qgate");
    assertThat(throughSurvivor.as(null).get("api/v1/console/config").status()).isEqualTo(200);
    assertThat(throughSurvivor.as("grace").get("api/v1/network/links").status()).isEqualTo(200);
  }

  /** The fleets (gateway ids) whose devices {@code instance} drives now. */
  private static Set<String> drivenFleets(SecondInstance instance) {
    var reply = new ApiClient(instance.url()).get("api/v1/telemetry/pipeline");
    if (reply.status() != 200) {
      return Set.of();
    }
    return reply.json().getJsonArray("gateways").stream()
        .map(g -> g.asJsonObject())
        .filter(g -> g.getInt("devices") > 0)
        .map(g -> g.getString("gatewayId"))
        .collect(Collectors.toSet());
  }

  /** Each link's current lease holder ({@code pid@host/...}), from the database. */
  private static Map<String, String> linkHolders() throws SQLException {
    Map<String, String> holders = new HashMap<>();
    try (Connection db = ItDatabase.superuser();
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT link_id, holder FROM vault_link_state WHERE lease_expires_at > now()")) {
      while (rows.next()) {
        holders.put(rows.getString(1), rows.getString(2));
      }
    }
    return holders;
  }

  private static ClientCredentials credentials(String saeId) {
    return pki.issueClient(saeId, VaultSettings.work().resolve("clients"));
  }
}
