package io.qgate.audit.cli;

import java.util.Locale;

/** How {@code verify} prints its report: for people, or for other tools. */
enum OutputFormat {
  TEXT,
  JSON;

  /** The value of {@code --format}, any case; anything else is one line of bad input. */
  static OutputFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be text or json, was '" + text + "'");
    }
  }
}
