package io.qgate.benchpipeline;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.telemetry.envelope.Algorithm;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one {@code ./qgate bench pipeline} run does. {@link #validate()} checks the values together,
 * so the command line can report the first problem as one line before anything starts.
 *
 * @param pmus simulated PMUs, 1..65534 (one C37.118 IDCODE each)
 * @param rate frames per second per PMU, a C37.118.1 reporting rate of 60 Hz (10, 12, 15, 20, 30,
 *     60) or 50 Hz (25, 50) systems
 * @param producers producer threads sharing the PMUs (each PMU on one thread, for its order)
 * @param consumers consumer threads, one consumer group; at most {@code partitions}
 * @param partitions partitions of the benchmark topic
 * @param warmup not measured
 * @param measure the measured window
 * @param drain how long to wait after the producers stopped for the consumers to catch up
 * @param modes run one after another, each on a fresh topic and consumer group
 * @param maxRate producers send as fast as they can instead of at {@code pmus × rate}
 * @param bootstrap an external broker, or empty for an embedded one
 * @param algorithm the AEAD of the encrypted mode
 * @param ringSeconds seconds of frames each PMU's simulator computes before the run and the
 *     producers send again in turn; 0 computes every frame live as it is due
 * @param rounds how often the modes run, in turn (encrypted, plain, encrypted, ...): later rounds
 *     find the JIT, the broker and the page cache warm for both modes alike
 */
public record PipelineBenchSettings(
    int pmus,
    int rate,
    int producers,
    int consumers,
    int partitions,
    Duration warmup,
    Duration measure,
    Duration drain,
    List<PipelineMode> modes,
    boolean maxRate,
    Optional<String> bootstrap,
    Algorithm algorithm,
    int ringSeconds,
    int rounds) {

  /** At most this many pre-computed frames (about 100 bytes each) are held. */
  static final long MAX_RING_FRAMES = 4_000_000;

  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:[0-9]{1,5}");

  public PipelineBenchSettings {
    modes = List.copyOf(modes);
  }

  /**
   * This, if every value is usable.
   *
   * @throws IllegalArgumentException naming the first bad option
   */
  public PipelineBenchSettings validate() {
    require(pmus >= 1 && pmus <= 65_534, "--pmus must be 1..65534, got " + pmus);
    frequency(); // checks --rate
    require(producers >= 1 && producers <= 64, "--producers must be 1..64, got " + producers);
    require(
        producers <= pmus, "--producers (" + producers + ") must not exceed --pmus (" + pmus + ")");
    require(consumers >= 1 && consumers <= 64, "--consumers must be 1..64, got " + consumers);
    require(partitions >= 1 && partitions <= 256, "--partitions must be 1..256, got " + partitions);
    require(
        consumers <= partitions,
        "--consumers ("
            + consumers
            + ") must not exceed --partitions ("
            + partitions
            + "): a consumer without a partition would idle");
    require(
        !measure.isNegative() && measure.toSeconds() >= 1,
        "--seconds must be at least 1, got " + measure.toSeconds());
    require(!warmup.isNegative(), "--warmup must not be negative, got " + warmup.toSeconds());
    require(!drain.isNegative(), "--drain must not be negative, got " + drain.toSeconds());
    require(!modes.isEmpty(), "--mode names no mode");
    require(rounds >= 1 && rounds <= 10, "--rounds must be 1..10, got " + rounds);
    require(ringSeconds >= 0, "--ring must not be negative, got " + ringSeconds);
    require(
        ringSeconds * offeredRate() <= MAX_RING_FRAMES,
        "--ring "
            + ringSeconds
            + " s would hold "
            + ringSeconds * offeredRate()
            + " frames, at most "
            + MAX_RING_FRAMES
            + ": use fewer seconds or --ring 0 (live frames)");
    bootstrap.ifPresent(
        b -> {
          require(HOST_PORT.matcher(b).matches(), "--bootstrap must be HOST:PORT, got '" + b + "'");
          int port = Integer.parseInt(b.substring(b.lastIndexOf(':') + 1));
          require(port >= 1 && port <= 65_535, "--bootstrap port must be 1..65535, got " + port);
        });
    return this;
  }

  /**
   * The system frequency whose standard reporting rates include {@link #rate}: 60 Hz if it has it
   * (so 10 frames/s is a 60 Hz fleet), else 50 Hz.
   *
   * @throws IllegalArgumentException if neither has it
   */
  public NominalFrequency frequency() {
    if (NominalFrequency.HZ_60.supportsReportingRate(rate)) {
      return NominalFrequency.HZ_60;
    }
    if (NominalFrequency.HZ_50.supportsReportingRate(rate)) {
      return NominalFrequency.HZ_50;
    }
    throw new IllegalArgumentException(
        "--rate must be a C37.118.1 reporting rate (10, 12, 15, 20, 30, 60 at 60 Hz; 25, 50 at"
            + " 50 Hz), got "
            + rate);
  }

  /** The offered load: {@code pmus × rate} frames per second. */
  public long offeredRate() {
    return (long) pmus * rate;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
