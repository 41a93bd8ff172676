package io.qgate.qkd.eve;

import java.util.Locale;

/** Eavesdroppers by their command-line names: none, intercept-resend:F, pns, beam-splitting. */
public final class Attacks {

  public static final String NAMES = "none, intercept-resend:FRACTION, pns, beam-splitting";

  private Attacks() {}

  /** Parses one attack; bad specifications are {@link IllegalArgumentException}s of one line. */
  public static Eavesdropper parse(String spec) {
    String text = spec.strip().toLowerCase(Locale.ROOT);
    if (text.equals("none")) {
      return Eavesdropper.NONE;
    }
    if (text.equals("pns")) {
      return new PhotonNumberSplitting();
    }
    if (text.equals("beam-splitting")) {
      return new BeamSplitting();
    }
    if (text.startsWith("intercept-resend:")) {
      return new InterceptResendAttack(fraction(text.substring("intercept-resend:".length())));
    }
    throw new IllegalArgumentException(
        "unknown --eve '" + spec + "' (expected one of " + NAMES + ")");
  }

  /** The intercepted fraction f in [0, 1]. */
  public static double fraction(String text) {
    double f;
    try {
      f = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--eve intercept-resend fraction is not a number: '" + text + "'");
    }
    if (!(f >= 0 && f <= 1)) {
      throw new IllegalArgumentException(
          "--eve intercept-resend fraction must lie in [0, 1], was " + text.strip());
    }
    return f;
  }
}
