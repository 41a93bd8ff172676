package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.envelope.Telemetry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ProducerWorkerTest {

  @Test
  void saturationStopsSendingAtTheInFlightBoundAndResumesWhenFramesAreChecked() throws Exception {
    MockProducer<String, Telemetry> producer =
        new MockProducer<>(true, null, new StringSerializer(), new PlainTelemetrySerializer());
    AtomicLong checked = new AtomicLong();
    ProducerWorker[] worker = new ProducerWorker[1];
    worker[0] =
        new ProducerWorker(
            List.of("pmu-1", "pmu-2"),
            (pmu, k, micros) -> new byte[] {(byte) pmu, (byte) k},
            producer,
            "t",
            null,
            BenchClock.system(),
            () -> worker[0].sent.get() - checked.get());
    Thread thread = new Thread(worker[0], "producer-worker-test");
    thread.start();
    try {
      long limit = ProducerWorker.MAX_IN_FLIGHT;
      assertThat(awaitSent(worker[0], limit)).isEqualTo(limit);
      Thread.sleep(50);
      assertThat(worker[0].sent.get()).isEqualTo(limit);

      checked.set(1_000);
      assertThat(awaitSent(worker[0], limit + 1_000)).isEqualTo(limit + 1_000);
    } finally {
      worker[0].stop();
      thread.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertThat(thread.isAlive()).isFalse();
    assertThat(producer.history()).hasSize((int) worker[0].sent.get());
  }

  private static long awaitSent(ProducerWorker worker, long target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (worker.sent.get() < target && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(20);
    return worker.sent.get();
  }
}
