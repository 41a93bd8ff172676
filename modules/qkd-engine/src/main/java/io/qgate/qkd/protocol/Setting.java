package io.qgate.qkd.protocol;

/** One tunable source setting of a protocol (μ, ν, V_A), its fixed default and its range. */
public record Setting(String name, double defaultValue, double lower, double upper) {

  public Setting {
    if (!(lower <= defaultValue && defaultValue <= upper)) {
      throw new IllegalArgumentException(name + ": default outside [" + lower + ", " + upper + "]");
    }
  }
}
