package io.qgate.industrial.application;

/**
 * How a fleet's tags are grouped: {@code tagsPerPlc} tags per PLC, {@code plcsPerLine} PLCs per
 * production line, {@code linesPerPlant} lines per plant, plants added until {@code tags} are
 * placed (the last PLC may have fewer tags).
 */
public record FleetLayout(int tags, int tagsPerPlc, int plcsPerLine, int linesPerPlant) {

  /** The most tags a fleet may have (10,000 PLCs at 10 tags). */
  public static final int MAX_TAGS = 100_000;

  public FleetLayout {
    if (tags < 1 || tags > MAX_TAGS) {
      throw new IllegalArgumentException("tags must be 1–" + MAX_TAGS + ", not " + tags);
    }
    if (tagsPerPlc < 1 || tagsPerPlc > StandardTags.TEMPLATES.size()) {
      throw new IllegalArgumentException(
          "tagsPerPlc must be 1–" + StandardTags.TEMPLATES.size() + ", not " + tagsPerPlc);
    }
    if (plcsPerLine < 1 || linesPerPlant < 1 || plcsPerLine > 1000 || linesPerPlant > 1000) {
      throw new IllegalArgumentException("plcsPerLine and linesPerPlant must be 1–1000");
    }
  }

  /** {@code tags} tags, 10 per PLC, 5 PLCs per line, 4 lines per plant (1,000 tags: 5 plants). */
  public static FleetLayout of(int tags) {
    return new FleetLayout(tags, 10, 5, 4);
  }

  public int plcCount() {
    return (tags + tagsPerPlc - 1) / tagsPerPlc;
  }
}
