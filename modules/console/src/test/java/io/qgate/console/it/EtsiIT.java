package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qgate.devstack.pki.ClientCredentials;
import io.qgate.devstack.pki.DevPki;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ETSI GS QKD 014 conformance over mutual TLS, against a Payara Micro serving HTTPS with client
 * certificates required and the demo topology's pools filling: SAE A (sae-grid-1, on gw-grid-1)
 * gets keys with enc_keys, SAE B (sae-core-1, on kme-core-1) gets the same keys with dec_keys,
 * once; every error the standard names comes back as its Error object with 400, 401 or 503.
 */
class EtsiIT extends DeployedPlatform {

  private static SecondInstance kme;
  private static SecondInstance kme2;
  private static URI https;
  private static URI https2;
  private static DevPki pki;
  private static EtsiClient master;
  private static EtsiClient slave;

  @BeforeAll
  static void startKmeWithMutualTls() throws Exception {
    Path pkiDir = VaultSettings.work().resolve("pki");
    pki = DevPki.ensure(pkiDir);
    // Two instances on one database, as a cluster runs them; they boot side by side.
    List<SecondInstance> pair =
        SecondInstance.startPairWithEtsi("etsi-kme", "etsi-kme-2", List.of(), pkiDir);
    kme = pair.get(0);
    kme2 = pair.get(1);
    https = kme.etsiUrl();
    https2 = kme2.etsiUrl();
    master = EtsiClient.as(https, pki.demoClient("sae-grid-1"));
    slave = EtsiClient.as(https, pki.demoClient("sae-core-1"));
  }

  @AfterAll
  static void stopKme() {
    for (SecondInstance instance : new SecondInstance[] {kme, kme2}) {
      if (instance != null) {
        instance.close();
      }
    }
  }

  // --- the standard: its three calls, its errors, mutual TLS -------------------------------------

  @Test
  void saeAGetsKeysWithEncKeysAndSaeBTheSameKeysOnceWithDecKeys() throws Exception {
    awaitStoredKeys(master, "sae-core-1", 8);
    JsonObject status = master.get("sae-core-1/status").json();
    assertThat(status.getString("source_KME_ID")).isEqualTo("gw-grid-1");
    assertThat(status.getString("target_KME_ID")).isEqualTo("kme-core-1");
    assertThat(status.getString("master_SAE_ID")).isEqualTo("sae-grid-1");
    assertThat(status.getString("slave_SAE_ID")).isEqualTo("sae-core-1");
    assertThat(status.getInt("key_size")).isEqualTo(256);
    assertThat(status.getInt("max_key_per_request")).isEqualTo(128);
    assertThat(status.getInt("min_key_size")).isEqualTo(64);
    assertThat(status.getInt("max_key_size")).isEqualTo(1024);
    assertThat(status.getInt("max_SAE_ID_count")).isEqualTo(8);

    var enc = master.post("sae-core-1/enc_keys", "{\"number\": 2, \"size\": 512}");
    assertThat(enc.status()).as(enc.toString()).isEqualTo(200);
    var keys = enc.json().getJsonArray("keys");
    assertThat(keys).hasSize(2);
    String keyId = keys.getJsonObject(0).getString("key_ID");
    byte[] key = Base64.getDecoder().decode(keys.getJsonObject(0).getString("key"));
    assertThat(UUID.fromString(keyId).toString()).isEqualTo(keyId);
    assertThat(key).hasSize(64);

    var dec = slave.get("sae-grid-1/dec_keys?key_ID=" + keyId);
    assertThat(dec.status()).as(dec.toString()).isEqualTo(200);
    assertThat(
            Base64.getDecoder()
                .decode(dec.json().getJsonArray("keys").getJsonObject(0).getString("key")))
        .isEqualTo(key);

    String second = keys.getJsonObject(1).getString("key_ID");
    var decPost =
        slave.post("sae-grid-1/dec_keys", "{\"key_IDs\": [{\"key_ID\": \"" + second + "\"}]}");
    assertThat(decPost.status()).as(decPost.toString()).isEqualTo(200);

    assertEtsiError(slave.get("sae-grid-1/dec_keys?key_ID=" + keyId), 400, "already delivered");
    var simple = master.get("sae-core-1/enc_keys?number=1&size=128");
    assertThat(simple.status()).as(simple.toString()).isEqualTo(200);
    assertThat(
            Base64.getDecoder()
                .decode(simple.json().getJsonArray("keys").getJsonObject(0).getString("key")))
        .hasSize(16);
  }

  @Test
  void everyEtsiErrorComesBackAsAnErrorObject() throws Exception {
    awaitStoredKeys(master, "sae-core-1", 4);
    assertEtsiError(
        master.post("sae-core-1/enc_keys", "{\"number\": 1, \"size\": 100}"), 400, "multiple of 8");
    assertEtsiError(
        master.post("sae-core-1/enc_keys", "{\"number\": 1, \"size\": 2048}"), 400, "max_key_size");
    assertEtsiError(
        master.post("sae-core-1/enc_keys", "{\"number\": 129}"), 400, "max_key_per_request");
    assertEtsiError(master.post("sae-core-1/enc_keys", "{\"number\": "), 400, "not valid JSON");
    assertEtsiError(master.get("sae-core-1/enc_keys?number=two"), 400, "number must be an integer");
    assertEtsiError(
        master.post("sae-core-1/enc_keys", "{\"extension_mandatory\": [{\"route\": 1}]}"),
        400,
        "unsupported mandatory extension");
    assertEtsiError(master.get("no-such-sae/status"), 400, "not registered");
    assertEtsiError(master.get("sae-grid-1/status"), 400, "share the KME");
    assertEtsiError(
        slave.get("sae-grid-1/dec_keys?key_ID=" + UUID.randomUUID()), 400, "is unknown");
    assertEtsiError(slave.get("sae-grid-1/dec_keys?key_ID=not-a-uuid"), 400, "must be a UUID");

    // A key reserved for sae-core-1, asked for by another SAE of the same KME.
    String keyId =
        master
            .post("sae-core-1/enc_keys", "{}")
            .json()
            .getJsonArray("keys")
            .getJsonObject(0)
            .getString("key_ID");
    api.post("api/v1/key-vault/saes", "{\"saeId\": \"sae-core-2\", \"nodeId\": \"kme-core-1\"}");
    EtsiClient neighbour =
        EtsiClient.as(https, pki.issueClient("sae-core-2", VaultSettings.work().resolve("core-2")));
    assertEtsiError(
        neighbour.get("sae-grid-1/dec_keys?key_ID=" + keyId),
        400,
        "not reserved for SAE sae-core-2");
    EtsiClient health = EtsiClient.as(https, pki.demoClient("sae-health-1"));
    // dec_keys works from the key (relayed keys have no direct link): the key is not for health.
    assertEtsiError(
        health.get("sae-grid-1/dec_keys?key_ID=" + keyId),
        400,
        "not reserved for SAE sae-health-1");

    // A certificate from the dev CA for an SAE no KME knows: authenticated, not authorised.
    ClientCredentials stranger =
        pki.issueClient("sae-stranger", VaultSettings.work().resolve("stranger"));
    assertEtsiError(
        EtsiClient.as(https, stranger).get("sae-core-1/status"),
        401,
        "not registered with any KME");
  }

  @Test
  void methodsAndPathsTheStandardDoesNotDefineAreRefused() throws Exception {
    // The servlet answers each itself (the unit test shows the service is never asked): the
    // container's own HEAD would run GET — and spend a key nobody receives.
    for (String method : new String[] {"HEAD", "OPTIONS", "PUT", "DELETE"}) {
      var refused = master.send(method, "sae-core-1/enc_keys");
      assertThat(refused.status()).as(method + " " + refused).isEqualTo(405);
      assertThat(refused.allow()).isEqualTo("GET, POST");
    }
    assertThat(master.post("sae-core-1/status", "{}").allow()).isEqualTo("GET");
    assertEtsiError(master.get("sae-core-1/keys"), 404, "no ETSI GS QKD 014 operation");
    assertEtsiError(master.get("sae-core-1/enc_keys/more"), 404, "no ETSI GS QKD 014 operation");
    assertEtsiError(
        master.post("sae-core-1/enc_keys", "{\"number\": 1" + " ".repeat(70_000) + "}"),
        400,
        "larger than");
  }

  @Test
  void withoutATrustedClientCertificateThereIsNoConnectionAndPlainHttpIsUnauthorised()
      throws Exception {
    EtsiClient anonymous =
        new EtsiClient(https, io.qgate.devstack.pki.ClientTls.trustOnly(pki.caPem()));
    assertThatThrownBy(() -> anonymous.get("sae-core-1/status")).isInstanceOf(IOException.class);

    DevPki otherCa = DevPki.ensure(VaultSettings.work().resolve("other-ca"));
    EtsiClient impostor =
        new EtsiClient(
            https,
            io.qgate.devstack.pki.ClientTls.sslContext(
                otherCa.demoClient("sae-grid-1").keyStore(),
                "changeit".toCharArray(),
                pki.caPem()));
    assertThatThrownBy(() -> impostor.get("sae-core-1/status")).isInstanceOf(IOException.class);

    // The REST port has no client certificates: the ETSI API names no SAE there.
    var plain = api.get("api/v1/keys/sae-core-1/status");
    assertThat(plain.status()).isEqualTo(401);
    assertThat(plain.json().getString("message")).contains("client certificate");
  }

  // --- policy: refusals, audit, the key class ----------------------------------------------------

  @Test
  void anEmptyPoolAnswers503AndAPolicyDenialAnswers401() throws Exception {
    // Two new nodes 400 km apart: the link is registered but distils no key at all. Its QBER is
    // the dark counts' ~50%, so link monitoring may already have flagged it: 503 either way.
    api.post("api/v1/network/nodes", TopologyJson.node("far-a", "SHARED"));
    api.post("api/v1/network/nodes", TopologyJson.node("far-b", "SHARED"));
    var link =
        api.post("api/v1/network/links", TopologyJson.fibreLink("far-ab", "far-a", "far-b", 400));
    assertThat(link.status()).as(link.toString()).isEqualTo(201);
    for (String[] sae : new String[][] {{"sae-far-a", "far-a"}, {"sae-far-b", "far-b"}}) {
      var registered =
          api.post(
              "api/v1/key-vault/saes",
              "{\"saeId\": \"" + sae[0] + "\", \"nodeId\": \"" + sae[1] + "\"}");
      assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }
    EtsiClient farA =
        EtsiClient.as(https, pki.issueClient("sae-far-a", VaultSettings.work().resolve("far")));
    assertNoQkdKey(farA.post("sae-far-b/enc_keys", "{\"number\": 1}"));

    // The network policy allows QKD keys only: a mandatory PQC key is a policy denial.
    assertEtsiError(
        farA.post("sae-far-b/enc_keys", "{\"extension_mandatory\": [{\"key_class\": \"PQC\"}]}"),
        401,
        "rule allowed-key-classes");
  }

  @Test
  void aRequestThePolicyRefusesIsUnauthorisedAndAudited() throws Exception {
    awaitStoredKeys(master, "sae-core-1", 1);
    String grid = api.get("api/v1/policies/UTILITY/GRID").body();
    int version = api.get("api/v1/policies/UTILITY/GRID").json().getInt("version");
    var hybridOnly =
        api.put(
            "api/v1/policies/UTILITY/GRID",
            """
            {"version": %d, "allowedKeyClasses": ["HYBRID"], "maxLinkQber": 0.06, "maxKeyAgeSeconds": 60,
             "maxMessagesPerKey": 100000, "allowedAeadAlgorithms": ["AES_256_GCM"],
             "requiredCertification": {"scheme": "IEC_62443_4_2", "level": 2},
             "decryptReaderRoles": ["grid-operator", "telemetry-reader"], "auditEveryRead": false,
             "auditRetentionDays": 90, "reason": "ETSI test: hybrid keys only"}"""
                .formatted(version));
    assertThat(hybridOnly.status()).as(hybridOnly.toString()).isEqualTo(200);
    try {
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertEtsiError(
                      master.post(
                          "sae-core-1/enc_keys",
                          "{\"extension_mandatory\": [{\"key_class\": \"QKD\"}]}"),
                      401,
                      "rule allowed-key-classes"));
      var denied =
          api.get("api/v1/audit/events?type=KEY_ISSUANCE&outcome=DENIED&size=1")
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      assertThat(denied.getString("actor")).isEqualTo("sae-grid-1");

      // Left to the policy, the master gets the class it allows; the slave's (network) policy
      // allows QKD only, so it may not take that key.
      var hybrid = master.post("sae-core-1/enc_keys", "{}");
      assertThat(hybrid.status()).as(hybrid.toString()).isEqualTo(200);
      JsonObject issued = hybrid.json().getJsonArray("keys").getJsonObject(0);
      assertThat(issued.getJsonObject("key_extension").getString("key_class")).isEqualTo("HYBRID");
      assertEtsiError(
          slave.get("sae-grid-1/dec_keys?key_ID=" + issued.getString("key_ID")),
          401,
          "key class HYBRID is not allowed");
    } finally {
      assertThat(grid).contains("\"QKD\"");
      var restore = api.get("api/v1/policies/UTILITY/GRID").json();
      api.put(
          "api/v1/policies/UTILITY/GRID",
          """
          {"version": %d, "allowedKeyClasses": ["QKD", "HYBRID"], "maxLinkQber": 0.06, "maxKeyAgeSeconds": 60,
           "maxMessagesPerKey": 100000, "allowedAeadAlgorithms": ["AES_256_GCM", "ASCON_AEAD128"],
           "requiredCertification": {"scheme": "IEC_62443_4_2", "level": 2},
           "decryptReaderRoles": ["grid-operator", "security-officer", "telemetry-reader"], "auditEveryRead": false,
           "auditRetentionDays": 90, "reason": "ETSI test: restore"}"""
              .formatted(restore.getInt("version")));
    }
  }

  @Test
  void thePolicyDecidesTheKeyClassAndPqcStandsInForAnEmptyPoolWhereAllowed() throws Exception {
    // Two plant nodes 400 km apart: the link distils nothing (and monitoring soon flags its ~50%
    // QBER); the industrial policy allows PQC, which needs no QKD key.
    for (String end : new String[] {"a", "b"}) {
      assertThat(
              api.post("api/v1/network/nodes", TopologyJson.node("cls-" + end, "PLANT")).status())
          .isEqualTo(201);
      var sae =
          api.post(
              "api/v1/key-vault/saes",
              "{\"saeId\": \"sae-cls-" + end + "\", \"nodeId\": \"cls-" + end + "\"}");
      assertThat(sae.status()).as(sae.toString()).isEqualTo(201);
    }
    var link =
        api.post("api/v1/network/links", TopologyJson.fibreLink("cls-ab", "cls-a", "cls-b", 400));
    assertThat(link.status()).as(link.toString()).isEqualTo(201);
    EtsiClient a = EtsiClient.as(https, credentials("sae-cls-a"));
    EtsiClient b = EtsiClient.as(https, credentials("sae-cls-b"));

    // No QKD key: a request that leaves the class open gets PQC keys ...
    var pqc = a.post("sae-cls-b/enc_keys", "{\"number\": 2, \"size\": 256}");
    assertThat(pqc.status()).as(pqc.toString()).isEqualTo(200);
    assertClassAndSameBytesForTheSlave(pqc, b, "sae-cls-a", "PQC", 32);
    // ... one that requires QKD gets none, and the KDF makes no PQC key of 1024 bits.
    assertNoQkdKey(
        a.post("sae-cls-b/enc_keys", "{\"extension_mandatory\": [{\"key_class\": \"QKD\"}]}"));
    assertNoQkdKey(a.post("sae-cls-b/enc_keys", "{\"size\": 1024}"));

    // Two plant nodes 10 km apart, with key: QKD unless the request prefers HYBRID.
    for (String end : new String[] {"a", "b"}) {
      assertThat(
              api.post("api/v1/network/nodes", TopologyJson.node("near-" + end, "PLANT")).status())
          .isEqualTo(201);
      assertThat(
              api.post(
                      "api/v1/key-vault/saes",
                      "{\"saeId\": \"sae-near-" + end + "\", \"nodeId\": \"near-" + end + "\"}")
                  .status())
          .isEqualTo(201);
    }
    var near =
        api.post("api/v1/network/links", TopologyJson.fibreLink("near-ab", "near-a", "near-b", 10));
    assertThat(near.status()).as(near.toString()).isEqualTo(201);
    EtsiClient nearA = EtsiClient.as(https, credentials("sae-near-a"));
    EtsiClient nearB = EtsiClient.as(https, credentials("sae-near-b"));
    awaitStoredKeys(nearA, "sae-near-b", 4);
    var qkd = nearA.post("sae-near-b/enc_keys", "{}");
    assertClassAndSameBytesForTheSlave(qkd, nearB, "sae-near-a", "QKD", 32);
    var hybrid =
        nearA.post(
            "sae-near-b/enc_keys",
            "{\"size\": 512, \"extension_optional\": [{\"key_class\": \"HYBRID\"}]}");
    assertClassAndSameBytesForTheSlave(hybrid, nearB, "sae-near-a", "HYBRID", 64);
    assertEtsiError(
        nearA.post(
            "sae-near-b/enc_keys",
            "{\"size\": 1024, \"extension_mandatory\": [{\"key_class\": \"HYBRID\"}]}"),
        400,
        "HYBRID keys are 128 to 512 bits");

    var fallback =
        api.get("api/v1/audit/events?tenant=PLANT&type=KEY_ISSUANCE&outcome=ALLOWED&size=50")
            .json()
            .getJsonArray("items");
    assertThat(fallback.stream().map(JsonObject.class::cast))
        .anySatisfy(
            e -> {
              assertThat(e.getJsonObject("details").getString("keyClass")).isEqualTo("PQC");
              assertThat(e.getString("actor")).isEqualTo("sae-cls-a");
              assertThat(e.getString("subject"))
                  .matches(".*\\(PQC: (the pool of cls-ab ran dry|no usable QKD path to cls-b)\\)");
            });
  }

  private static void assertClassAndSameBytesForTheSlave(
      EtsiClient.Reply enc, EtsiClient slave, String masterSae, String keyClass, int bytes)
      throws IOException {
    assertThat(enc.status()).as(enc.toString()).isEqualTo(200);
    for (var entry : enc.json().getJsonArray("keys")) {
      JsonObject key = entry.asJsonObject();
      assertThat(key.getJsonObject("key_extension").getString("key_class")).isEqualTo(keyClass);
      byte[] material = Base64.getDecoder().decode(key.getString("key"));
      assertThat(material).hasSize(bytes);
      var dec = slave.get(masterSae + "/dec_keys?key_ID=" + key.getString("key_ID"));
      assertThat(dec.status()).as(dec.toString()).isEqualTo(200);
      JsonObject delivered = dec.json().getJsonArray("keys").getJsonObject(0);
      assertThat(delivered.getJsonObject("key_extension").getString("key_class"))
          .isEqualTo(keyClass);
      assertThat(Base64.getDecoder().decode(delivered.getString("key"))).isEqualTo(material);
    }
  }

  // --- exactly once, under load and through a database outage ------------------------------------

  @Test
  void sixtyFourClientsOverTwoInstancesGetOverAHundredThousandKeysNoneTwice() throws Exception {
    String link = registerSaePair("load");
    PoolFixture.deposit(link, 100_480);
    EtsiClient[] masters = {
      EtsiClient.as(https, credentials("sae-load-a")),
      EtsiClient.as(https2, credentials("sae-load-a"))
    };
    java.util.Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger duplicates =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService clients =
        java.util.concurrent.Executors.newFixedThreadPool(64);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int c = 0; c < 64; c++) {
        EtsiClient client = masters[c % 2];
        done.add(
            clients.submit(
                () -> {
                  // Until the pool is empty, or enough keys are out: the simulated link keeps
                  // refilling it, and one client alone may never see it empty.
                  while (keys.size() < 100_000) {
                    var reply =
                        client.post("sae-load-b/enc_keys", "{\"number\": 128, \"size\": 256}");
                    if (reply.status() == 503) {
                      return null; // the pool is empty
                    }
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                    for (var key : reply.json().getJsonArray("keys")) {
                      var entry = key.asJsonObject();
                      if (keys.put(entry.getString("key_ID"), entry.getString("key")) != null) {
                        duplicates.incrementAndGet();
                      }
                    }
                  }
                  return null;
                }));
      }
      for (var client : done) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(duplicates).hasValue(0);
    assertThat(keys).hasSizeGreaterThanOrEqualTo(100_000);
    assertThat(new java.util.HashSet<>(keys.values())).hasSameSizeAs(keys.keySet());

    // A sample fetched by the slave through either instance: the same bytes, once.
    EtsiClient[] slaves = {
      EtsiClient.as(https, credentials("sae-load-b")),
      EtsiClient.as(https2, credentials("sae-load-b"))
    };
    List<String> sample = keys.keySet().stream().limit(256).toList();
    for (int i = 0; i < sample.size(); i++) {
      var reply = slaves[i % 2].get("sae-load-a/dec_keys?key_ID=" + sample.get(i));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().getJsonArray("keys").getJsonObject(0).getString("key"))
          .isEqualTo(keys.get(sample.get(i)));
      assertEtsiError(
          slaves[(i + 1) % 2].get("sae-load-a/dec_keys?key_ID=" + sample.get(i)),
          400,
          "already delivered");
    }
  }

  @Test
  void whilePostgresqlIsDownClientsGet503AndAfterwardsNoKeyIsLostOrDeliveredTwice()
      throws Exception {
    String link = registerSaePair("fault");
    PoolFixture.deposit(link, 20_000);
    EtsiClient master2 = EtsiClient.as(https2, credentials("sae-fault-a"));
    EtsiClient slave1 = EtsiClient.as(https, credentials("sae-fault-b"));
    java.util.Map<String, String> granted = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Map<Integer, java.util.concurrent.atomic.AtomicInteger> statuses =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ExecutorService clients =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> load = new java.util.ArrayList<>();
    for (int c = 0; c < 8; c++) {
      load.add(
          clients.submit(
              () -> {
                while (running.get()) {
                  EtsiClient.Reply reply;
                  try {
                    reply = master2.post("sae-fault-b/enc_keys", "{\"number\": 4}");
                  } catch (IOException e) {
                    statuses
                        .computeIfAbsent(-1, k -> new java.util.concurrent.atomic.AtomicInteger())
                        .incrementAndGet();
                    continue;
                  }
                  statuses
                      .computeIfAbsent(
                          reply.status(), k -> new java.util.concurrent.atomic.AtomicInteger())
                      .incrementAndGet();
                  if (reply.status() == 200) {
                    for (var key : reply.json().getJsonArray("keys")) {
                      granted.put(
                          key.asJsonObject().getString("key_ID"),
                          key.asJsonObject().getString("key"));
                    }
                  } else {
                    // Every refusal is an ETSI Error object, never an HTML page or a stack trace.
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
                    assertThat(reply.json().getString("message")).isNotBlank();
                  }
                }
                return null;
              }));
    }
    Thread.sleep(2_000);
    DevStackExtension.withDatabaseStopped(
        () -> {
          try {
            Thread.sleep(4_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    // Back up: requests succeed again within seconds.
    int before = statuses.getOrDefault(200, new java.util.concurrent.atomic.AtomicInteger()).get();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        statuses
                            .getOrDefault(200, new java.util.concurrent.atomic.AtomicInteger())
                            .get())
                    .as("answers by status (-1: no answer): %s", statuses)
                    .isGreaterThan(before + 20));
    running.set(false);
    for (var client : load) {
      client.get();
    }
    clients.shutdownNow();
    assertThat(statuses.get(503)).as("%s", statuses).isNotNull();
    assertThat(statuses.get(503).get()).as("%s", statuses).isPositive();

    // Every key a master was told it has reaches the slave exactly once: none lost, none twice.
    List<String> ids = new java.util.ArrayList<>(granted.keySet());
    for (int i = 0; i < ids.size(); i += 100) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + 100));
      String body =
          batch.stream()
              .map(id -> "{\"key_ID\": \"" + id + "\"}")
              .collect(java.util.stream.Collectors.joining(",", "{\"key_IDs\": [", "]}"));
      var reply = slave1.post("sae-fault-a/dec_keys", body);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      for (var key : reply.json().getJsonArray("keys")) {
        assertThat(key.asJsonObject().getString("key"))
            .isEqualTo(granted.get(key.asJsonObject().getString("key_ID")));
      }
      assertEtsiError(slave1.post("sae-fault-a/dec_keys", body), 400, "already delivered");
    }
  }

  // --- trusted relays ----------------------------------------------------------------------------

  @Test
  void anSaeTwoHopsAwayGetsAKeyRelayedThroughATrustedNode() throws Exception {
    String first = registerSaePair("relay");
    assertThat(api.post("api/v1/network/nodes", TopologyJson.node("relay-c", "SHARED")).status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "api/v1/key-vault/saes",
                    "{\"saeId\": \"sae-relay-c\", \"nodeId\": \"relay-c\"}")
                .status())
        .isEqualTo(201);
    var second =
        api.post(
            "api/v1/network/links", TopologyJson.fibreLink("relay-bc", "relay-b", "relay-c", 10));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    PoolFixture.deposit(first, 64);
    PoolFixture.deposit("relay-bc", 64);
    EtsiClient a = EtsiClient.as(https, credentials("sae-relay-a"));
    EtsiClient c = EtsiClient.as(https2, credentials("sae-relay-c"));

    // The instances learn the new links within a cache-epoch poll.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> a.get("sae-relay-c/status").status() == 200);
    var status = a.get("sae-relay-c/status").json();
    assertThat(status.getString("target_KME_ID")).isEqualTo("relay-c");
    assertThat(status.getJsonNumber("stored_key_count").longValue()).isPositive();
    var enc = a.post("sae-relay-c/enc_keys", "{\"number\": 2, \"size\": 512}");
    assertClassAndSameBytesForTheSlave(enc, c, "sae-relay-a", "QKD", 64);

    String keyId = enc.json().getJsonArray("keys").getJsonObject(0).getString("key_ID");
    var hops = api.get("api/v1/key-vault/keys/" + keyId).json().getJsonArray("relayPath");
    assertThat(hops).hasSize(2);
    assertThat(hops.getJsonObject(0).getString("linkId")).isEqualTo(first);
    assertThat(hops.getJsonObject(0).getString("fromNode")).isEqualTo("relay-a");
    assertThat(hops.getJsonObject(1).getString("linkId")).isEqualTo("relay-bc");
    assertThat(hops.getJsonObject(1).getString("toNode")).isEqualTo("relay-c");
    assertThat(hops.getJsonObject(1).getInt("bitsConsumed")).isEqualTo(512);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static ClientCredentials credentials(String saeId) {
    return pki.issueClient(saeId, VaultSettings.work().resolve("clients"));
  }

  private static void awaitStoredKeys(EtsiClient client, String slaveSae, int count) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              var reply = client.get(slaveSae + "/status");
              return reply.status() == 200
                  && reply.json().getJsonNumber("stored_key_count").longValue() >= count;
            });
  }

  /**
   * 503 for a link that distils nothing: its pool is dry, or — its dark-count QBER being ~50% —
   * link monitoring has marked it compromised already.
   */
  private static void assertNoQkdKey(EtsiClient.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
    assertThat(reply.json().getString("message"))
        .containsAnyOf("holds too little key", "bits of key on every hop", "is compromised");
  }

  private static void assertEtsiError(EtsiClient.Reply reply, int status, String message) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    JsonObject error = reply.json();
    assertThat(error.getString("message")).contains(message);
    assertThat(error.keySet()).isSubsetOf(List.of("message", "details"));
  }
}
