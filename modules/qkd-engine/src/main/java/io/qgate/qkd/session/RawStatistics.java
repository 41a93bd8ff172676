package io.qgate.qkd.session;

import io.qgate.qkd.sifting.LabelCounts;
import io.qgate.qkd.sifting.SiftedBlock;
import java.util.SplittableRandom;

/**
 * The quantum stage of a session alone — pulses, detections, sifting — tallied per public label
 * (intensity class, or CHSH setting pair for test events) without post-processing: the figures to
 * set against the analytic gains and QBERs, and the part of a session whose speed does not depend
 * on Cascade or privacy amplification.
 *
 * @param detections Bob's detections per label
 * @param keyBits sifted key bits per label, {@code keyErrors} their errors
 * @param testBits sifted test bits per label, {@code testErrors} their errors
 */
public record RawStatistics(
    long pulses,
    long[] detections,
    long[] keyBits,
    long[] keyErrors,
    long[] testBits,
    long[] testErrors) {

  private static final int LABELS = 4;

  /** Samples the config's pulses with its seed, in blocks of its block size. */
  public static RawStatistics sample(SessionConfig config) {
    BlockStream stream =
        new BlockStream(
            Session.sampler(config, new SplittableRandom(config.seed())),
            Session.rule(config.protocol()));
    SiftedBlock block = new SiftedBlock(config.blockBits());
    long pulses = 0;
    long[][] tally = new long[5][LABELS];
    while (stream.next(block)) {
      pulses += block.pulses();
      LabelCounts key = LabelCounts.of(block.key(), block.key().bob(), LABELS);
      LabelCounts test = LabelCounts.of(block.test(), block.test().bob(), LABELS);
      for (int label = 0; label < LABELS; label++) {
        tally[0][label] += block.detections(label);
        tally[1][label] += key.events(label);
        tally[2][label] += key.errors(label);
        tally[3][label] += test.events(label);
        tally[4][label] += test.errors(label);
      }
    }
    return new RawStatistics(pulses, tally[0], tally[1], tally[2], tally[3], tally[4]);
  }

  public long totalDetections() {
    long total = 0;
    for (long d : detections) {
      total += d;
    }
    return total;
  }
}
