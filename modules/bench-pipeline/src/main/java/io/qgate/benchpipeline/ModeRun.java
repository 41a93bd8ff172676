package io.qgate.benchpipeline;

import io.qgate.devstack.bench.LatencyRecorder;
import io.qgate.devstack.bench.LatencySummary;
import io.qgate.grid.application.GridFleet;
import io.qgate.grid.application.GridMonitor;
import io.qgate.grid.application.PmuSimulator;
import io.qgate.grid.application.SimulationSettings;
import io.qgate.telemetry.envelope.EnvelopeOpener;
import io.qgate.telemetry.envelope.EnvelopeSealer;
import io.qgate.telemetry.envelope.GatewayKeySource;
import io.qgate.telemetry.envelope.MasterKeys;
import io.qgate.telemetry.envelope.Telemetry;
import io.qgate.telemetry.kafka.DeadLetterPublisher;
import io.qgate.telemetry.kafka.RejectionCounts;
import io.qgate.telemetry.kafka.SecureTelemetryConsumer;
import io.qgate.telemetry.kafka.TelemetrySerializer;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One mode, start to finish, on its own topic and consumer group: consumers join and get every
 * partition, producers start on a common schedule, warm-up, the measured window (CPU sampled at
 * both ends), producers stop and flush, consumers drain what was acknowledged, then the figures.
 */
final class ModeRun {

  private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(60);
  private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final PipelineBenchSettings settings;
  private final PipelineMode mode;
  private final String bootstrap;
  private final PrintStream progress;

  ModeRun(
      PipelineBenchSettings settings, PipelineMode mode, String bootstrap, PrintStream progress) {
    this.settings = settings;
    this.mode = mode;
    this.bootstrap = bootstrap;
    this.progress = progress;
  }

  ModeOutcome run() throws InterruptedException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String topic = "bench.pipeline." + mode.label() + "." + run;
    Map<String, Integer> topics = new LinkedHashMap<>();
    topics.put(topic, settings.partitions());
    topics.put(DeadLetterPublisher.topicFor(topic), 1);
    BenchKafka.createTopics(bootstrap, topics);
    MasterKey masterKey = newMasterKey();
    GridFleet fleet =
        GridFleet.of(
            settings.pmus(),
            GridFleet.DEFAULT_PMUS_PER_SUBSTATION,
            settings.frequency(),
            settings.rate(),
            SimulationSettings.defaults());
    BenchClock clock = BenchClock.system();

    List<Thread> consumerThreads = new ArrayList<>();
    List<ConsumerWorker> consumers = new ArrayList<>();
    List<FrameChecker> checkers = new ArrayList<>();
    List<AutoCloseable> closeLater = new ArrayList<>();
    String group = "bench-pipeline-" + mode.label() + "-" + run;
    for (int i = 0; i < settings.consumers(); i++) {
      FrameChecker checker = new FrameChecker(GridMonitor.of(fleet), clock::nowMicros);
      KafkaConsumer<byte[], byte[]> consumer =
          BenchKafka.consumer(bootstrap, group, group + "-" + i);
      consumer.subscribe(List.of(topic));
      ConsumerWorker worker;
      if (mode == PipelineMode.ENCRYPTED) {
        // One opener per consumer thread, as the platform's TelemetryConsumers builds them.
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey));
        closeLater.add(opener);
        KafkaProducer<byte[], byte[]> dlq =
            BenchKafka.deadLetterProducer(bootstrap, group + "-dlq-" + i);
        closeLater.add(dlq);
        SecureTelemetryConsumer secure =
            new SecureTelemetryConsumer(
                consumer,
                opener,
                new DeadLetterPublisher(dlq, new RejectionCounts()),
                (accepted, source) ->
                    checker.check(accepted.deviceId(), source.timestamp(), accepted.payload()));
        worker = new ConsumerWorker(consumer, secure::pollOnce, () -> secure.rejections().total());
      } else {
        worker = new ConsumerWorker(consumer, new PlainConsumerLoop(consumer, checker), () -> 0L);
      }
      checkers.add(checker);
      consumers.add(worker);
      Thread thread = new Thread(worker, "bench-consumer-" + mode.label() + "-" + i);
      consumerThreads.add(thread);
      thread.start();
    }
    awaitAssignment(consumers, consumerThreads);

    List<List<PmuSimulator>> shares = PmuShares.split(fleet.devices(), settings.producers());
    List<FrameSource> sources = new ArrayList<>();
    for (List<PmuSimulator> share : shares) {
      sources.add(
          settings.ringSeconds() == 0
              ? FrameSource.live(share)
              : FrameSource.ring(
                  share,
                  settings.ringSeconds() * settings.rate(),
                  settings.rate(),
                  clock.nowMicros()));
    }
    // The schedule starts once every partition has a reader and every frame ring is ready.
    long startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    long windowStartNanos = startNanos + settings.warmup().toNanos();
    long windowEndNanos = windowStartNanos + settings.measure().toNanos();
    MeasuredWindow window =
        new MeasuredWindow(clock.epochMicros(windowStartNanos), clock.epochMicros(windowEndNanos));
    checkers.forEach(c -> c.measure(window));
    List<ProducerWorker> producers = new ArrayList<>();
    List<Thread> producerThreads = new ArrayList<>();
    LongSupplier inFlight =
        () ->
            sum(producers, p -> p.sent.get())
                - sum(checkers, c -> c.checked.get())
                - sum(consumers, ConsumerWorker::rejected);
    long offered = settings.maxRate() ? 0 : settings.offeredRate();
    for (int t = 0; t < shares.size(); t++) {
      List<PmuSimulator> share = shares.get(t);
      Serializer<Telemetry> serializer = new PlainTelemetrySerializer();
      if (mode == PipelineMode.ENCRYPTED) {
        // One sealer per producer thread: each thread is a gateway of the platform (EdgeGateway).
        EnvelopeSealer sealer =
            new EnvelopeSealer(
                GatewayKeySource.fixed(
                    masterKey, EpochSchedule.timeOnly(Duration.ofHours(1)), settings.algorithm()));
        closeLater.add(sealer);
        serializer = new TelemetrySerializer(sealer);
      }
      KafkaProducer<String, Telemetry> producer =
          BenchKafka.producer(bootstrap, "bench-" + mode.label() + "-" + run + "-" + t, serializer);
      closeLater.add(0, producer);
      RatePacer pacer =
          settings.maxRate()
              ? null
              : new RatePacer(
                  startNanos + PmuShares.offsetNanos(t, settings.offeredRate()),
                  (long) share.size() * settings.rate());
      ProducerWorker worker =
          new ProducerWorker(
              share.stream().map(PmuSimulator::id).toList(),
              sources.get(t),
              producer,
              topic,
              pacer,
              clock,
              inFlight);
      producers.add(worker);
      producerThreads.add(new Thread(worker, "bench-producer-" + mode.label() + "-" + t));
    }
    producerThreads.forEach(Thread::start);

    sleepUntil(windowStartNanos, producers, checkers, startNanos, "warm-up");
    CpuSample cpuBefore = CpuSample.take();
    MachineCpu machineBefore = MachineCpu.read();
    long sentBefore = sum(producers, p -> p.sent.get());
    sleepUntil(windowEndNanos, producers, checkers, startNanos, "measure");
    CpuSample cpuAfter = CpuSample.take();
    MachineCpu machineAfter = MachineCpu.read();
    long sentAfter = sum(producers, p -> p.sent.get());
    double behindMillis = producers.stream().mapToLong(p -> p.behindNanos).max().orElse(0) / 1e6;

    producers.forEach(ProducerWorker::stop);
    for (Thread thread : producerThreads) {
      thread.join();
    }
    long acked = sum(producers, p -> p.acked.get());
    boolean drained = drain(producers, checkers, consumers);
    consumers.forEach(ConsumerWorker::stop);
    for (Thread thread : consumerThreads) {
      thread.join();
    }
    for (AutoCloseable closeable : closeLater) {
      try {
        closeable.close();
      } catch (Exception e) {
        // closing at the end of a mode; the figures are taken already
      }
    }
    masterKey.destroy();
    BenchKafka.deleteTopics(bootstrap, List.copyOf(topics.keySet()));

    double seconds = settings.measure().toNanos() / 1e9;
    List<LatencyRecorder> recorders = checkers.stream().map(FrameChecker::latencies).toList();
    String problem =
        producers.stream()
            .map(p -> p.firstFailure.get())
            .filter(f -> f != null)
            .findFirst()
            .orElse(
                consumers.stream()
                    .map(c -> c.failure.get())
                    .filter(f -> f != null)
                    .findFirst()
                    .orElse(null));
    return new ModeOutcome(
        mode,
        offered,
        seconds,
        (sentAfter - sentBefore) / seconds,
        sum(checkers, c -> c.checkedInWindow.get()) / seconds,
        LatencySummary.of(recorders),
        sum(producers, p -> p.sent.get()),
        acked,
        sum(producers, p -> p.failed.get()),
        sum(checkers, c -> c.checked.get()),
        sum(consumers, ConsumerWorker::rejected),
        sum(checkers, c -> c.malformed.get()),
        sum(checkers, c -> c.alerts.get()),
        behindMillis,
        drained,
        cpuAfter.coresSince(cpuBefore, seconds),
        machineAfter.busySince(machineBefore),
        problem);
  }

  private void awaitAssignment(List<ConsumerWorker> consumers, List<Thread> threads)
      throws InterruptedException {
    long deadline = System.nanoTime() + ASSIGNMENT_TIMEOUT.toNanos();
    while (consumers.stream().mapToInt(c -> c.assignedPartitions).sum() < settings.partitions()) {
      for (ConsumerWorker c : consumers) {
        if (c.failure.get() != null) {
          throw new IllegalStateException("a consumer failed: " + c.failure.get());
        }
      }
      if (System.nanoTime() > deadline) {
        consumers.forEach(ConsumerWorker::stop);
        for (Thread t : threads) {
          t.join();
        }
        throw new IllegalStateException(
            "the consumer group did not get all "
                + settings.partitions()
                + " partitions within "
                + ASSIGNMENT_TIMEOUT.toSeconds()
                + " s");
      }
      Thread.sleep(20);
    }
  }

  /** Waits for the consumers to check every acknowledged frame, up to the drain time. */
  private boolean drain(
      List<ProducerWorker> producers, List<FrameChecker> checkers, List<ConsumerWorker> consumers)
      throws InterruptedException {
    long acked = sum(producers, p -> p.acked.get());
    long deadline = System.nanoTime() + settings.drain().toNanos();
    while (true) {
      long done = sum(checkers, c -> c.checked.get()) + sum(consumers, ConsumerWorker::rejected);
      if (done >= acked) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
  }

  /** Sleeps until {@code untilNanos}, printing a progress line every 5 s. */
  private void sleepUntil(
      long untilNanos,
      List<ProducerWorker> producers,
      List<FrameChecker> checkers,
      long startNanos,
      String phase)
      throws InterruptedException {
    long lastNanos = System.nanoTime();
    long lastSent = sum(producers, p -> p.sent.get());
    long lastChecked = sum(checkers, c -> c.checked.get());
    while (true) {
      long now = System.nanoTime();
      if (now >= untilNanos) {
        return;
      }
      long next = Math.min(untilNanos, lastNanos + PROGRESS_EVERY_NANOS);
      TimeUnit.NANOSECONDS.sleep(Math.max(0, next - now));
      now = System.nanoTime();
      if (now - lastNanos >= PROGRESS_EVERY_NANOS - TimeUnit.MILLISECONDS.toNanos(50)) {
        long sentNow = sum(producers, p -> p.sent.get());
        long checkedNow = sum(checkers, c -> c.checked.get());
        double dt = (now - lastNanos) / 1e9;
        progress.println(
            String.format(
                Locale.ROOT,
                "  %s %-7s %3.0f s: sent %,9.0f/s  checked %,9.0f/s  in flight %,d  behind %.0f ms",
                mode.label(),
                phase,
                (now - startNanos) / 1e9,
                (sentNow - lastSent) / dt,
                (checkedNow - lastChecked) / dt,
                sentNow - checkedNow,
                producers.stream().mapToLong(p -> p.behindNanos).max().orElse(0) / 1e6));
        lastNanos = now;
        lastSent = sentNow;
        lastChecked = checkedNow;
      }
    }
  }

  private static MasterKey newMasterKey() {
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[32];
    byte[] salt = new byte[32];
    random.nextBytes(secret);
    random.nextBytes(salt);
    return new MasterKey(UUID.randomUUID(), KeyMaterial.wrap(secret), salt);
  }

  private static <T> long sum(List<T> items, java.util.function.ToLongFunction<T> value) {
    return items.stream().mapToLong(value).sum();
  }
}
