package io.qgate.netsim.topology;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a node does in a QKD deployment. */
public enum Role {
  /** A key management entity: device keys terminate here (their consumers fetch them here). */
  KME,
  /** A trusted relay: forwards keys hop by hop under one-time-pad, holds no consumers. */
  RELAY,
  /** An edge quantum gateway: draws keys for its devices; never forwards keys for others. */
  GATEWAY;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "kme", "relay" or "gateway"; anything else is bad input. */
  public static Role fromJsonName(String name) {
    return Arrays.stream(values())
        .filter(r -> r.jsonName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown role '" + name + "' (expected one of " + names() + ")"));
  }

  static String names() {
    return Arrays.stream(values()).map(Role::jsonName).collect(Collectors.joining(", "));
  }
}
