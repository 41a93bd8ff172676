package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qgate.devstack.pki.ClientTls;
import io.qgate.devstack.pki.DevPki;
import io.qgate.grid.application.GridFleet;
import io.qgate.grid.application.SimulationSettings;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.SynchrophasorCodec;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.telemetry.envelope.Accepted;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.GatewayKeySource;
import io.qgate.telemetry.kafka.DeadLetterPublisher;
import io.qgate.telemetry.kafka.RejectionCounts;
import io.qgate.telemetry.kafka.SecureTelemetryConsumer;
import io.qgate.telemetry.kafka.TelemetryClientConfig;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import io.qgate.telemetry.vault.VaultMasterKeys;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Telemetry end to end through real Payara Micro instances, Kafka and PostgreSQL: a second instance
 * runs the edge gateways with small demo fleets; the Arquillian instance runs the domain consumers.
 * An integrator's consumer decrypts the grid topic with nothing but the telemetry jar and an SAE
 * credential; an external gateway's frequency excursion becomes one alert; a tampered record lands
 * on the dead-letter topic with its reason.
 */
class TelemetryPipelineIT extends DeployedPlatform {

  private static final String GRID = "qgate.grid.pmu.v1";
  private static final String KAFKA =
      "localhost:" + Integer.getInteger("qgate.it.kafka.port", 29092);

  private static final String LIVE = "api/v1/telemetry/live/";

  private static SecondInstance gateways;
  private static DevPki pki;

  @BeforeAll
  static void startTheGateways() throws Exception {
    pki = DevPki.ensure(VaultSettings.work().resolve("pki"));
    PoolFixture.deposit("core-grid", 32);
    PoolFixture.deposit("core-health", 32);
    // It consumes too: the two instances share the topics' partitions, as a cluster does.
    List<String> fleetsAndConsumers = new ArrayList<>(SecondInstance.SMALL_FLEETS);
    fleetsAndConsumers.add("-Dqgate.telemetry.consumers=true"); // the last -D wins
    gateways = SecondInstance.start("pipeline-gateways", fleetsAndConsumers, Map.of(), List.of());
  }

  @AfterAll
  static void stopTheGateways() {
    if (gateways != null) {
      gateways.close();
    }
  }

  @Test
  void anIntegratorDecryptsTheGridTopicWithTheSerdeJarAndAnSaeCredentialAlone() throws Exception {
    List<Accepted> opened = openGridRecords("integrator-grid", telemetry -> true, 100);
    Accepted first = opened.get(0);
    assertThat(first.deviceId()).startsWith("pmu-sub01-");
    // The plaintext is a C37.118 data frame (SYNC 0xAA01); on the wire it is an envelope.
    assertThat(first.payload()[0]).isEqualTo((byte) 0xAA);
    assertThat(first.payload()[1]).isEqualTo((byte) 0x01);
    List<byte[]> raw = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> kafka = consumer("peek-" + UUID.randomUUID())) {
      kafka.subscribe(List.of(GRID));
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ZERO)
          .until(
              () -> {
                kafka.poll(Duration.ofMillis(500)).forEach(r -> raw.add(r.value()));
                return !raw.isEmpty();
              });
    }
    assertThat(raw.get(0)[0]).isEqualTo((byte) 1); // envelope version 1
    for (Accepted plain : opened) {
      assertThat(indexOf(raw.get(0), plain.payload())).as("a frame in clear").isEqualTo(-1);
    }

    // The keys view's rotation and events: each tenant sees its gateways' master keys and their
    // releases to the consumers, nothing of another tenant's.
    var grace = api.as("grace");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              assertThat(tenants(grace.get("api/v1/key-vault/master-keys").jsonArray()))
                  .containsExactly("UTILITY");
              // The shared network's events too (core links, KEK rewraps), as for links.
              assertThat(tenants(grace.get("api/v1/key-vault/events").jsonArray()))
                  .contains("UTILITY")
                  .isSubsetOf("UTILITY", "SHARED");
            });
    assertThat(grace.get("api/v1/key-vault/events").jsonArray().getJsonObject(0).keySet())
        .contains("occurredAt", "type", "outcome", "subject")
        .doesNotContain("hash", "prevHash");
    assertThat(tenants(api.as("hugo").get("api/v1/key-vault/master-keys").jsonArray()))
        .containsExactly("HOSPITAL");
    assertThat(tenants(api.get("api/v1/key-vault/master-keys?size=200").jsonArray()))
        .contains("UTILITY", "HOSPITAL", "PLANT");

    JsonObject status = new ApiClient(gateways.url()).get("api/v1/telemetry/pipeline").json();
    assertThat(status.getJsonArray("gateways")).hasSize(3);
    status
        .getJsonArray("gateways")
        .forEach(g -> assertThat(g.asJsonObject().getJsonNumber("sent").longValue()).isPositive());
  }

  @Test
  void peopleReadLiveTelemetryOnlyWhereTheDomainPolicyNamesTheirRoleAndHealthReadsAreAudited() {
    var hugo = api.as("hugo");
    await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () -> {
              var live = hugo.get(LIVE + "health");
              assertThat(live.status()).as(live.toString()).isEqualTo(200);
              assertThat(live.jsonArray()).isNotEmpty();
            });
    JsonObject reading = hugo.get(LIVE + "health").jsonArray().getJsonObject(0);
    assertThat(reading.getJsonObject("values").keySet())
        .contains("patient")
        .anyMatch(name -> name.startsWith("heartRate"));
    String monitor = reading.getString("deviceId");
    assertThat(hugo.get(LIVE + "health/" + monitor).jsonArray()).isNotEmpty();
    // Either instance shows every monitor sending now, whichever instance's consumer holds its
    // partition.
    ApiClient hugoOnTheOther = new ApiClient(gateways.url(), "hugo");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(sendingNow(hugoOnTheOther.get(LIVE + "health").jsonArray()))
                    .isNotEmpty()
                    .isEqualTo(sendingNow(hugo.get(LIVE + "health").jsonArray())));

    // The health policy audits every read of PHI by a person, and every refusal.
    var reads =
        api.get("api/v1/audit/events?type=TELEMETRY_DECRYPTION&tenant=HOSPITAL&size=100")
            .json()
            .getJsonArray("items");
    assertThat(reads)
        .anyMatch(
            e ->
                e.asJsonObject().getString("actor").equals("hugo")
                    && e.asJsonObject().getString("subject").equals(monitor));
    assertThat(api.get(LIVE + "health").status()).as("the admin is no clinician").isEqualTo(403);
    assertThat(api.as("grace").get(LIVE + "health").status()).as("another tenant").isEqualTo(403);
    assertThat(
            api.get("api/v1/audit/events?type=TELEMETRY_DECRYPTION&tenant=HOSPITAL&size=100")
                .json()
                .getJsonArray("items"))
        .anyMatch(
            e ->
                e.asJsonObject().getString("actor").equals("adam")
                    && !e.asJsonObject().getString("outcome").equals("ALLOWED"));

    // Grid data for the grid operator; the auditor is not among the grid policy's readers.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(api.as("grace").get(LIVE + "grid").jsonArray()).isNotEmpty());
    assertThat(
            api.as("grace").get(LIVE + "grid").jsonArray().getJsonObject(0).getJsonObject("values"))
        .containsKey("frequencyHz");
    assertThat(api.as("audrey").get(LIVE + "grid").status()).isEqualTo(403);
  }

  private static Set<String> tenants(JsonArray items) {
    return items.stream()
        .map(i -> i.asJsonObject().getString("tenant"))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The devices whose newest reading is less than 10 s old. */
  private static Set<String> sendingNow(JsonArray readings) {
    Instant recent = Instant.now().minusSeconds(10);
    return readings.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> Instant.parse(r.getString("time")).isAfter(recent))
        .map(r -> r.getString("deviceId"))
        .collect(Collectors.toSet());
  }

  @Test
  void patientVitalsNeverTravelInClear() {
    List<byte[]> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> kafka = consumer("peek-" + UUID.randomUUID())) {
      kafka.subscribe(List.of("qgate.health.vitals.v1"));
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ZERO)
          .until(
              () -> {
                kafka.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
                return values.size() >= 8;
              });
    }
    for (byte[] value : values) {
      String text = new String(value, StandardCharsets.ISO_8859_1);
      assertThat(text).doesNotContain("resourceType", "Patient/", "8867-4", "loinc");
    }
  }

  @Test
  void anExternalGatewaysFrequencyExcursionRaisesOneAlertAndATamperedRecordIsDeadLettered()
      throws Exception {
    String device = "pmu-sub50-4"; // configured in the consumers' grid, driven by no fleet here
    Pmu pmu =
        GridFleet.of(200, SimulationSettings.defaults()).substations().stream()
            .flatMap(s -> s.pmus().stream())
            .filter(p -> p.deviceId().equals(device))
            .findFirst()
            .orElseThrow();
    SynchrophasorCodec codec = new SynchrophasorCodec(pmu);
    JsonObject grant = drawMasterKey("sae-grid-1");
    MasterKey masterKey =
        new MasterKey(
            UUID.fromString(grant.getString("keyId")),
            KeyMaterial.wrap(Base64.getDecoder().decode(grant.getString("key"))),
            Base64.getDecoder().decode(grant.getString("salt")));
    byte[] tampered;
    try (EnvelopeSealer sealer =
            new EnvelopeSealer(
                GatewayKeySource.fixed(
                    masterKey,
                    new EpochSchedule(Duration.ofSeconds(60), 100_000),
                    Algorithm.AES_256_GCM));
        KafkaProducer<byte[], byte[]> producer = producer()) {
      // The dead-letter topic exists before the check below subscribes to it (auto-created on this
      // metadata request), so the subscription has its partition from the start.
      assertThat(producer.partitionsFor(GRID + DeadLetterPublisher.SUFFIX)).isNotEmpty();
      long soc = Instant.now().getEpochSecond();
      for (int i = 0; i < 20; i++) {
        float hz = i < 5 ? 50.0f : 49.6f;
        byte[] frame = codec.encode(frame(pmu, soc, i * 20_000, hz));
        producer.send(record(device, sealer.seal(GRID, device, frame))).get();
      }
      tampered = sealer.seal(GRID, device, codec.encode(frame(pmu, soc + 1, 0, 49.6f)));
      tampered[tampered.length - 1] ^= 1;
      producer.send(record(device, tampered)).get();
    } finally {
      masterKey.destroy();
    }

    List<JsonObject> alerts = new CopyOnWriteArrayList<>();
    List<ConsumerRecord<byte[], byte[]>> deadLetters = new CopyOnWriteArrayList<>();
    try (KafkaConsumer<byte[], byte[]> kafka = consumer("check-" + UUID.randomUUID())) {
      kafka.subscribe(List.of("qgate.alerts.v1", GRID + DeadLetterPublisher.SUFFIX));
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ZERO)
          .until(
              () -> {
                for (ConsumerRecord<byte[], byte[]> r : kafka.poll(Duration.ofMillis(500))) {
                  if (r.topic().equals("qgate.alerts.v1")) {
                    JsonObject alert = json(new String(r.value(), StandardCharsets.UTF_8));
                    if (alert.getJsonObject("source").getString("id").equals(device)) {
                      alerts.add(alert);
                    }
                  } else if (Arrays.equals(r.value(), tampered)) {
                    deadLetters.add(r);
                  }
                }
                return !deadLetters.isEmpty()
                    && alerts.stream()
                        .anyMatch(a -> a.getString("type").equals("GRID_FREQUENCY_EXCURSION"));
              });
    }
    assertThat(alerts)
        .filteredOn(a -> a.getString("type").equals("GRID_FREQUENCY_EXCURSION"))
        .hasSize(1)
        .allSatisfy(a -> assertThat(a.getString("tenant")).isEqualTo("UTILITY"));
    ConsumerRecord<byte[], byte[]> dead = deadLetters.get(0);
    assertThat(header(dead, DeadLetterPublisher.REASON)).isEqualTo("AUTHENTICATION_FAILED");
    assertThat(header(dead, DeadLetterPublisher.SOURCE_TOPIC)).isEqualTo(GRID);
  }

  @Test
  void aRegisteredCertifiedDevicePostsReadingsOverMutualTlsAndOthersAreRefused() throws Exception {
    String device = "pmu-sub50-3"; // known to the consumers' grid, driven by no fleet here
    String certificate = registerDevice(device, true);
    registerDevice("pmu-uncertified", false);
    Pmu pmu =
        GridFleet.of(200, SimulationSettings.defaults()).substations().stream()
            .flatMap(s -> s.pmus().stream())
            .filter(p -> p.deviceId().equals(device))
            .findFirst()
            .orElseThrow();
    byte[] reading =
        new SynchrophasorCodec(pmu).encode(frame(pmu, Instant.now().getEpochSecond(), 0, 50.01f));

    HttpResponse<String> accepted = post(device, reading);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonObject receipt = json(accepted.body());
    assertThat(receipt.getString("topic")).isEqualTo(GRID);
    assertThat(receipt.getString("deviceId")).isEqualTo(device);

    HttpResponse<String> uncertified = post("pmu-uncertified", reading);
    assertThat(uncertified.statusCode()).as(uncertified.body()).isEqualTo(403);
    assertThat(uncertified.body()).contains("policy");
    HttpResponse<String> unknown = post("pmu-nobody", reading);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(403);
    assertThat(unknown.body()).contains("not registered");
    HttpResponse<String> empty = post(device, new byte[0]);
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(api.post("api/v1/telemetry/readings", "x").status()).isIn(401, 415);

    // The reading is on the topic, sealed, and opens for an entitled reader.
    List<Accepted> opened =
        openGridRecords("integrator-ingest", telemetry -> telemetry.deviceId().equals(device), 1);
    assertThat(opened.get(0).payload()).isEqualTo(reading);

    // Suspending the certificate stops the device's readings within the policy cache's poll.
    var suspended =
        api.post(
            "api/v1/devices/" + device + "/certifications/" + certificate + "/status",
            "{\"status\":\"SUSPENDED\",\"reason\":\"tamper seal broken\"}");
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> post(device, reading).statusCode() == 403);
  }

  private HttpResponse<String> post(String device, byte[] reading) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(tls(device))
        .build()
        .send(
            HttpRequest.newBuilder(mtls().resolve("api/v1/telemetry/readings"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(reading))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Registers a grid PMU; if {@code certified}, with an IEC 62443-4-2 SL2 certificate, whose id it
   * returns.
   */
  private String registerDevice(String id, boolean certified) {
    var created =
        api.post(
            "api/v1/devices",
            "{\"id\":\"%s\",\"tenant\":\"UTILITY\",\"domain\":\"GRID\",\"kind\":\"PMU\",\"name\":\"%s\"}"
                .formatted(id, id));
    assertThat(created.status()).as(created.toString()).isIn(201, 409);
    if (certified) {
      Instant now = Instant.now();
      return certify(
          id, "IEC_62443_4_2", 2, now.minusSeconds(86_400), now.plusSeconds(86_400 * 30));
    }
    return null;
  }

  private static SynchrophasorFrame frame(Pmu pmu, long soc, int fraction, float hz) {
    int phasors = pmu.phasors().size();
    float[] magnitudes = new float[phasors];
    float[] angles = new float[phasors];
    Arrays.fill(magnitudes, 63_500f);
    return new SynchrophasorFrame(
        pmu.idCode(), soc, 0, fraction, StatWord.OK, magnitudes, angles, hz, 0f);
  }

  private static ProducerRecord<byte[], byte[]> record(String device, byte[] value) {
    return new ProducerRecord<>(GRID, device.getBytes(StandardCharsets.UTF_8), value);
  }

  private JsonObject drawMasterKey(String gatewaySae) throws Exception {
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(
                ClientTls.sslContext(
                    pki.demoClient(gatewaySae).keyStore(),
                    pki.demoClient(gatewaySae).keyStorePassword(),
                    pki.caPem()))
            .build()
            .send(
                HttpRequest.newBuilder(mtls().resolve("api/v1/telemetry/master-keys"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response.body());
  }

  private void register(String saeId, String nodeId) {
    var reply =
        api.post(
            "api/v1/key-vault/saes",
            "{\"saeId\":\"%s\",\"nodeId\":\"%s\",\"roles\":[\"telemetry-reader\"]}"
                .formatted(saeId, nodeId));
    assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
  }

  private static SSLContext tls(String saeId) {
    var sae = pki.issueClient(saeId, VaultSettings.work().resolve("pipeline-clients"));
    return ClientTls.sslContext(sae.keyStore(), sae.keyStorePassword(), sae.caCertificate());
  }

  private URI mtls() {
    return URI.create(
        "https://localhost:" + DevStackExtension.httpsPort() + deploymentUrl.getPath());
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String group) {
    return new KafkaConsumer<>(
        TelemetryClientConfig.consumer(KAFKA, group),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        TelemetryClientConfig.reliableProducer(KAFKA, "it-" + UUID.randomUUID()),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  /**
   * Reads the grid topic as an integrator would — the telemetry jar, an SAE credential — until
   * {@code enough} of the records {@code wanted} selects have opened.
   */
  private List<Accepted> openGridRecords(String saeId, Predicate<Accepted> wanted, int enough)
      throws Exception {
    register(saeId, "gw-grid-1");
    List<Accepted> opened = new CopyOnWriteArrayList<>();
    try (VaultMasterKeys keys = new VaultMasterKeys(mtls(), tls(saeId));
        KafkaConsumer<byte[], byte[]> kafka = consumer(saeId + "-" + UUID.randomUUID());
        KafkaProducer<byte[], byte[]> deadLetters = producer()) {
      kafka.subscribe(List.of(GRID));
      SecureTelemetryConsumer loop =
          new SecureTelemetryConsumer(
              kafka,
              new EnvelopeOpener(keys),
              new DeadLetterPublisher(deadLetters, new RejectionCounts()),
              (telemetry, record) -> {
                if (wanted.test(telemetry)) {
                  opened.add(telemetry);
                }
              });
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ZERO)
          .until(
              () -> {
                loop.pollOnce(Duration.ofMillis(500));
                return opened.size() >= enough;
              });
    }
    return opened;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int at = 0; at + needle.length <= haystack.length; at++) {
      for (int i = 0; i < needle.length; i++) {
        if (haystack[at + i] != needle[i]) {
          continue outer;
        }
      }
      return at;
    }
    return -1;
  }
}
