package io.qgate.netsim.topology;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The four deployment architectures the survey compares, each a rule that lays out KMEs, relays,
 * gateways and links over the region (defined precisely in docs/architectures.md).
 */
public enum Architecture {
  /** One KME hub at the centre with a direct QKD link to every gateway. */
  CENTRAL(Layouts::central),
  /** A mesh of KMEs; each gateway links to its two nearest KMEs. */
  DISTRIBUTED(Layouts::distributed),
  /** A ring of core KMEs, regional trusted relays under it, each gateway under one relay. */
  HIERARCHICAL((o, r) -> Layouts.hierarchical(o, r, 1)),
  /** The hierarchical core with distributed edges: gateways and relays are dual-homed. */
  HYBRID((o, r) -> Layouts.hierarchical(o, r, 2));

  private final Layout layout;

  Architecture(Layout layout) {
    this.layout = layout;
  }

  /** Lays a deployment out; the same options and seed give the same topology. */
  public Topology layout(LayoutOptions options, long seed) {
    return layout.apply(options, new SplittableRandom(seed));
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a command-line name; unknown names are bad input. */
  public static Architecture fromCliName(String name) {
    return Arrays.stream(values())
        .filter(a -> a.cliName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown architecture '" + name + "' (expected one of " + names() + ")"));
  }

  public static String names() {
    return Arrays.stream(values()).map(Architecture::cliName).collect(Collectors.joining(", "));
  }

  @FunctionalInterface
  private interface Layout {
    Topology apply(LayoutOptions options, SplittableRandom random);
  }
}
