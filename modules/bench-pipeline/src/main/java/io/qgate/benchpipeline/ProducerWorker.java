package io.qgate.benchpipeline;

import io.qgate.telemetry.envelope.Telemetry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One producer thread and its share of the PMUs: frame k goes to PMU {@code k mod m} (of its m
 * PMUs) and is due at {@link RatePacer#dueNanos(long) k/(m·rate)}, so every PMU sends at its rate
 * and the thread's PMUs are spread evenly over each frame period. The frame is generated live by
 * the PMU's simulator for its due time, stamped with the due time as record timestamp, and sent
 * with the device id as key. In saturation mode ({@code pacer == null}) frames go out as fast as
 * {@code send} takes them, stamped with the time of sending.
 */
final class ProducerWorker implements Runnable {

  /** Saturation mode: frames sent and not yet checked, over all threads, at most. */
  static final long MAX_IN_FLIGHT = 60_000;

  /**
   * Saturation mode: frames sent between two reads of the in-flight count, so the count may exceed
   * {@link #MAX_IN_FLIGHT} by at most this many per producer thread.
   */
  static final long SATURATION_BURST = 256;

  private final List<String> deviceIds;
  private final FrameSource frames;
  private final Producer<String, Telemetry> producer;
  private final String topic;
  private final RatePacer pacer;
  private final BenchClock clock;
  private final LongSupplier inFlight;
  private volatile boolean running = true;
  final AtomicLong sent = new AtomicLong();
  final AtomicLong acked = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final AtomicReference<String> firstFailure = new AtomicReference<>();

  /** How far behind its schedule the thread was at its latest send, in nanoseconds. */
  volatile long behindNanos;

  private final Callback callback =
      (metadata, exception) -> {
        if (exception == null) {
          acked.incrementAndGet();
        } else {
          failed.incrementAndGet();
          firstFailure.compareAndSet(null, exception.toString());
        }
      };

  ProducerWorker(
      List<String> deviceIds,
      FrameSource frames,
      Producer<String, Telemetry> producer,
      String topic,
      RatePacer pacer,
      BenchClock clock,
      LongSupplier inFlight) {
    this.deviceIds = List.copyOf(deviceIds);
    this.frames = frames;
    this.producer = producer;
    this.topic = topic;
    this.pacer = pacer;
    this.clock = clock;
    this.inFlight = inFlight;
  }

  @Override
  public void run() {
    try {
      if (pacer == null) {
        saturate();
      } else {
        paced();
      }
    } finally {
      producer.flush();
    }
  }

  void stop() {
    running = false;
  }

  private void paced() {
    long k = 0;
    while (running) {
      long now = System.nanoTime();
      long due = pacer.dueBy(now);
      if (k >= due) {
        LockSupport.parkNanos(pacer.dueNanos(k) - now);
        continue;
      }
      while (k < due && running) {
        long dueNanos = pacer.dueNanos(k);
        send(k, dueNanos);
        k++;
      }
      behindNanos = Math.max(0, System.nanoTime() - pacer.dueNanos(k - 1));
    }
  }

  private void saturate() {
    long k = 0;
    while (running) {
      long room = MAX_IN_FLIGHT - inFlight.getAsLong();
      if (room <= 0) {
        LockSupport.parkNanos(100_000);
        continue;
      }
      // Summing every thread's counters costs more than sending a plain frame (12 % of a producer
      // thread's samples when read per frame), so read them once per burst.
      for (long n = Math.min(room, SATURATION_BURST); n > 0 && running; n--) {
        send(k, System.nanoTime());
        k++;
      }
    }
  }

  /** Frame k of the thread: PMU {@code k mod m}, that PMU's frame number {@code k / m}. */
  private void send(long k, long dueNanos) {
    int m = deviceIds.size();
    int pmu = (int) (k % m);
    long micros = clock.epochMicros(dueNanos);
    byte[] frame = frames.frame(pmu, k / m, micros);
    String device = deviceIds.get(pmu);
    producer.send(
        new ProducerRecord<>(topic, null, micros / 1_000L, device, new Telemetry(device, frame)),
        callback);
    sent.incrementAndGet();
  }
}
