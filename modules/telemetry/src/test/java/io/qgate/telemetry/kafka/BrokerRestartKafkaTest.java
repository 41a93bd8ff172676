package io.qgate.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.devstack.EmbeddedKafka;
import io.qgate.devstack.Ports;
import io.qgate.telemetry.envelope.Algorithm;
import io.qgate.telemetry.envelope.DeviceKeyCache;
import io.qgate.telemetry.envelope.DeviceSequences;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.Fixtures;
import io.qgate.telemetry.envelope.GatewayKeySource;
import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.MasterKey;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The broker goes down and comes back on the same data directory while a gateway thread sends with
 * idempotence and acks=all and a consumer loop reads: every record sent is accepted exactly once,
 * none lost, none rejected (redeliveries are skipped as duplicates, not dead-lettered as replays).
 */
@Timeout(90)
class BrokerRestartKafkaTest {

  private static final String TOPIC = "qgate.industrial.metrics.v1";
  private static final int RECORDS = 3000;
  private static final int DEVICES = 5;

  @Test
  void everySequenceIsAcceptedExactlyOnceAcrossABrokerRestart() throws Exception {
    MasterKey masterKey = Fixtures.masterKey(5);
    int port = Ports.anyFree();
    Path data = KafkaClients.dataDirectory("restart");
    EmbeddedKafka kafka = EmbeddedKafka.start(data, port);
    String bootstrap = kafka.bootstrapServers();

    Map<Integer, Integer> acceptedTimes = new ConcurrentHashMap<>();
    Map<String, Long> lastSequence = new HashMap<>();
    List<String> outOfOrder = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger acked = new AtomicInteger();
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    SecureTelemetryConsumer[] loop = new SecureTelemetryConsumer[1];
    int ackedBeforeRestart;
    Throwable[] consumerFailure = new Throwable[1];

    Thread consumerThread =
        new Thread(
            () -> {
              try (KafkaConsumer<byte[], byte[]> consumer =
                      KafkaClients.consumer(bootstrap, "restart-test");
                  KafkaProducer<byte[], byte[]> dlq = KafkaClients.rawProducer(bootstrap);
                  EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey))) {
                consumer.subscribe(List.of(TOPIC));
                loop[0] =
                    new SecureTelemetryConsumer(
                        consumer,
                        opener,
                        new DeadLetterPublisher(dlq, new RejectionCounts()),
                        (telemetry, source) -> {
                          int index = ByteBuffer.wrap(telemetry.payload()).getInt();
                          acceptedTimes.merge(index, 1, Integer::sum);
                          Long last = lastSequence.put(telemetry.deviceId(), telemetry.sequence());
                          if (last != null && telemetry.sequence() <= last) {
                            outOfOrder.add(telemetry.deviceId() + "@" + telemetry.sequence());
                          }
                        });
                while (!stop.get()) {
                  loop[0].pollOnce(Duration.ofMillis(200));
                }
              } catch (Throwable e) {
                consumerFailure[0] = e;
              }
            },
            "telemetry-consumer");

    EpochSchedule schedule = new EpochSchedule(Duration.ofHours(1), 250);
    try (EnvelopeSealer sealer =
            new EnvelopeSealer(
                GatewayKeySource.fixed(masterKey, schedule, Algorithm.ASCON_AEAD128),
                new DeviceSequences(),
                Clock.systemUTC(),
                new DeviceKeyCache(64));
        KafkaProducer<String, Telemetry> producer =
            new KafkaProducer<>(
                KafkaClients.producerConfig(bootstrap),
                new StringSerializer(),
                new TelemetrySerializer(sealer))) {
      Thread gateway =
          new Thread(
              () -> {
                for (int i = 0; i < RECORDS; i++) {
                  String device = "plant-sensor-" + (i % DEVICES);
                  byte[] payload = ByteBuffer.allocate(100).putInt(i).array();
                  sends.add(
                      producer.send(
                          new ProducerRecord<>(TOPIC, device, new Telemetry(device, payload)),
                          (metadata, error) -> {
                            if (error == null) {
                              acked.incrementAndGet();
                            }
                          }));
                  if (i % 20 == 0) {
                    sleep(2);
                  }
                }
              },
              "gateway");
      gateway.start();
      consumerThread.start();

      waitFor(() -> acked.get() >= RECORDS / 5, Duration.ofSeconds(20));
      kafka.close(); // broker down mid-stream
      ackedBeforeRestart = acked.get();
      sleep(500);
      kafka = EmbeddedKafka.start(data, port); // and back, with its data

      gateway.join(Duration.ofSeconds(40).toMillis());
      producer.flush();
      for (Future<RecordMetadata> send : sends) {
        send.get(); // every send acknowledged; throws if one was lost
      }
      waitFor(() -> acceptedTimes.size() >= RECORDS, Duration.ofSeconds(30));
    } finally {
      stop.set(true);
      consumerThread.join(Duration.ofSeconds(10).toMillis());
      kafka.close();
    }

    assertThat(consumerFailure[0]).isNull();
    assertThat(ackedBeforeRestart).as("the restart came mid-stream").isLessThan(RECORDS);
    assertThat(sends).hasSize(RECORDS);
    assertThat(acceptedTimes).hasSize(RECORDS);
    assertThat(acceptedTimes.values()).containsOnly(1);
    assertThat(outOfOrder).isEmpty();
    assertThat(loop[0].rejections().total()).isZero();
    assertThat(loop[0].accepted()).isEqualTo(RECORDS);
    System.out.printf(
        "broker restart after %d acks: %d accepted, %d duplicates skipped, %d commit failures%n",
        ackedBeforeRestart, loop[0].accepted(), loop[0].duplicates(), loop[0].commitFailures());
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      sleep(50);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
