package io.qgate.qkd.cli;

/** How a command prints its results: for people, or for other tools. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
