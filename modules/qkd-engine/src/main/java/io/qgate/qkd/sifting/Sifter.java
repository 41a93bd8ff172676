package io.qgate.qkd.sifting;

/** Applies a {@link SiftingRule} to a chunk of detections, filling one block at a time. */
public final class Sifter {

  private final SiftingRule rule;

  public Sifter(SiftingRule rule) {
    this.rule = rule;
  }

  /**
   * Sifts detections from index {@code from} on until the block's key part is full; returns the
   * index of the first detection not consumed (the start of the next block).
   */
  public int sift(Detections detections, int from, SiftedBlock block) {
    SiftedBits key = block.key();
    SiftedBits test = block.test();
    int i = from;
    while (i < detections.size() && !block.full()) {
      int flags = detections.flags(i);
      int a = Detections.aliceSetting(flags);
      int b = Detections.bobSetting(flags);
      int label = detections.label(i);
      int route = rule.routeDetection(flags);
      if (route != SiftingRule.DISCARD) {
        (route == SiftingRule.KEY ? key : test)
            .append(rule.keyFlags(flags), rule.label(label, a, b));
      }
      block.countDetection(label);
      i++;
    }
    return i;
  }
}
