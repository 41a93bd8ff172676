package io.qgate.qkd.cli;

import java.util.Locale;

/** How a command prints its results: for people, or for other tools. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV;

  /** The value of a {@code --format} flag, any case; anything else is one line of bad input. */
  static OutputFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be table, json or csv, was '" + text + "'");
    }
  }
}
