package io.qgate.qkd.protocol;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The protocols the engine models, by their command-line names. */
public enum Protocol {
  BB84("bb84"),
  BB84_DECOY("bb84-decoy"),
  SARG04("sarg04"),
  E91("e91"),
  CV_GG02("cv-gg02");

  private final String cliName;

  Protocol(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /** Parses a command-line name; unknown names are bad input. */
  public static Protocol fromCliName(String name) {
    return Arrays.stream(values())
        .filter(p -> p.cliName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown protocol '" + name + "' (expected one of " + names() + ")"));
  }

  public static String names() {
    return Arrays.stream(values()).map(Protocol::cliName).collect(Collectors.joining(", "));
  }
}
