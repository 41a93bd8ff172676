package io.qgate.benchpipeline;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * One consumer thread of the group: polls through its {@link ConsumerLoop} until stopped, and tells
 * the coordinator how many partitions it holds, so that producers start only once every partition
 * has a reader (no frame waits for a rebalance).
 */
final class ConsumerWorker implements Runnable {

  private static final Duration POLL = Duration.ofMillis(100);

  private final Consumer<byte[], byte[]> consumer;
  private final ConsumerLoop loop;
  private final Supplier<Long> rejected;
  private volatile boolean running = true;
  volatile int assignedPartitions;
  final AtomicReference<String> failure = new AtomicReference<>();

  /**
   * @param consumer subscribed already; closed when the thread ends
   * @param rejected the dead-lettered count of the loop (0 for plain mode)
   */
  ConsumerWorker(Consumer<byte[], byte[]> consumer, ConsumerLoop loop, Supplier<Long> rejected) {
    this.consumer = consumer;
    this.loop = loop;
    this.rejected = rejected;
  }

  @Override
  public void run() {
    try {
      while (running) {
        loop.pollOnce(POLL);
        assignedPartitions = consumer.assignment().size();
      }
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e.toString());
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  void stop() {
    running = false;
  }

  long rejected() {
    return rejected.get();
  }
}
