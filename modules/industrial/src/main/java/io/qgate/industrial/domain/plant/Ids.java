package io.qgate.industrial.domain.plant;

import java.util.regex.Pattern;

/**
 * Plant and line ids end up inside device ids ({@code plc-<plant>-<line>-<n>}) and Sparkplug topic
 * elements, so they are kept to lowercase letters and digits: no separators, no wildcards.
 */
final class Ids {

  private static final Pattern ID = Pattern.compile("[a-z0-9]{1,20}");

  private Ids() {}

  static void requireId(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " must be 1–20 lowercase letters or digits: " + id);
    }
  }
}
