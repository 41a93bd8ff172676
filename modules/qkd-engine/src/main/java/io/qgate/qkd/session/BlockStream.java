package io.qgate.qkd.session;

import io.qgate.qkd.sifting.Detections;
import io.qgate.qkd.sifting.SiftedBlock;
import io.qgate.qkd.sifting.Sifter;
import io.qgate.qkd.sifting.SiftingRule;

/**
 * The session's detections as a stream of sifted blocks: detections are sampled a chunk at a time
 * and sifted into the block until it holds its key bits; the rest of the chunk starts the next
 * block. Memory is one chunk plus one block, whatever the number of pulses.
 */
final class BlockStream {

  static final int CHUNK = 1 << 14;

  private final PulseSampler sampler;
  private final Sifter sifter;
  private final Detections chunk = new Detections(CHUNK);
  private int cursor;
  private long boundary; // the last pulse of the previous block

  BlockStream(PulseSampler sampler, SiftingRule rule) {
    this.sampler = sampler;
    this.sifter = new Sifter(rule);
  }

  /** Refills {@code block}; false when no pulses are left for it. */
  boolean next(SiftedBlock block) {
    block.clear();
    while (!block.full()) {
      if (cursor == chunk.size()) {
        if (sampler.exhausted()) {
          break;
        }
        chunk.clear();
        cursor = 0;
        sampler.fill(chunk);
        if (chunk.size() == 0) {
          break;
        }
      }
      cursor = sifter.sift(chunk, cursor, block);
    }
    long end = block.full() ? chunk.pulse(cursor - 1) : Math.max(boundary, sampler.pulsesSent());
    block.addPulses(end - boundary);
    boundary = end;
    return block.pulses() > 0;
  }

  long pulsesSent() {
    return boundary;
  }
}
