package io.qgate.industrial.domain.plant;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PLC of a production line and the tags it publishes: the Sparkplug edge node's "birth
 * certificate" (Eclipse Sparkplug 3.0, NBIRTH/DBIRTH messages: every metric's name, alias and
 * datatype, sent before any data). Our data payloads carry aliases only; both ends know this
 * configuration, the gateway to build payloads, the consumer to give aliases back their names.
 *
 * <p>Aliases are unique within the PLC; {@link #indexOfAlias} finds a tag by binary search over a
 * sorted copy, without boxing, for the consumer's per-metric lookup.
 */
public final class Plc {

  /** Device ids are at most 63 characters (the device registry's limit). */
  public static final int MAX_ID_LENGTH = 63;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private final String deviceId;
  private final ProductionLine line;
  private final List<Tag> tags;
  private final long[] sortedAliases;
  private final int[] tagIndexBySortedAlias;

  public Plc(String deviceId, ProductionLine line, List<Tag> tags) {
    if (deviceId == null || deviceId.length() > MAX_ID_LENGTH || !ID.matcher(deviceId).matches()) {
      throw new IllegalArgumentException(
          "PLC device id must be 1–63 lowercase letters, digits, '.', '_' or '-': " + deviceId);
    }
    this.deviceId = deviceId;
    this.line = Objects.requireNonNull(line, "line");
    this.tags = List.copyOf(tags);
    if (this.tags.isEmpty()) {
      throw new IllegalArgumentException("PLC " + deviceId + " needs at least one tag");
    }
    Set<String> names = new HashSet<>();
    Integer[] order = new Integer[this.tags.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      if (!names.add(this.tags.get(i).name())) {
        throw new IllegalArgumentException("PLC " + deviceId + " repeats tag name " + tagName(i));
      }
    }
    Arrays.sort(order, (a, b) -> Long.compare(alias(a), alias(b)));
    sortedAliases = new long[order.length];
    tagIndexBySortedAlias = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sortedAliases[i] = alias(order[i]);
      tagIndexBySortedAlias[i] = order[i];
      if (i > 0 && sortedAliases[i] == sortedAliases[i - 1]) {
        throw new IllegalArgumentException(
            "PLC " + deviceId + " repeats alias " + Long.toUnsignedString(sortedAliases[i]));
      }
    }
  }

  private long alias(int index) {
    return tags.get(index).alias();
  }

  private String tagName(int index) {
    return tags.get(index).name();
  }

  public String deviceId() {
    return deviceId;
  }

  public ProductionLine line() {
    return line;
  }

  public Plant plant() {
    return line.plant();
  }

  public List<Tag> tags() {
    return tags;
  }

  /** The position in {@link #tags()} of the tag with {@code alias}, or -1 if it has none. */
  public int indexOfAlias(long alias) {
    int found = Arrays.binarySearch(sortedAliases, alias);
    return found >= 0 ? tagIndexBySortedAlias[found] : -1;
  }

  @Override
  public String toString() {
    return "Plc[" + deviceId + ", " + tags.size() + " tags]";
  }
}
