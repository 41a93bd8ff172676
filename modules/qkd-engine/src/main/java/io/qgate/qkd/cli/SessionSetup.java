package io.qgate.qkd.cli;

import io.qgate.qkd.eve.Attacks;
import io.qgate.qkd.eve.Eavesdropper;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.finitekey.SecurityParameters;
import io.qgate.qkd.protocol.DvSystem;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.reconciliation.CascadeVariant;
import io.qgate.qkd.session.SessionConfig;
import io.qgate.qkd.session.SessionConfigBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The validated inputs of {@code sim session}: one session, or a sweep over the distance or the
 * intercept-resend fraction. Every bad value is an {@link IllegalArgumentException} of one line.
 */
record SessionSetup(Protocol protocol, List<SessionConfig> configs, boolean sweep) {

  private static final String IR = "intercept-resend:";

  static SessionSetup from(SessionCommand c) {
    Protocol protocol = Protocol.fromCliName(c.protocol);
    if (!SessionConfig.PROTOCOLS.contains(protocol)) {
      throw new IllegalArgumentException(
          "sim session supports bb84, bb84-decoy, sarg04 and e91, not " + protocol.cliName());
    }
    List<Double> distances = DistanceRange.parse(c.distanceKm);
    List<Eavesdropper> eves = eavesdroppers(c.eve, protocol);
    if (distances.size() > 1 && eves.size() > 1) {
      throw new IllegalArgumentException(
          "sweep either --distance-km or the intercept-resend fraction, not both");
    }
    if (c.plot != null && !(eves.get(0) instanceof InterceptResendAttack)) {
      throw new IllegalArgumentException(
          "--plot draws QBER vs intercept-resend fraction: give --eve intercept-resend:F"
              + " or intercept-resend:FROM:TO:STEP");
    }
    long pulses = pulses(c.pulses);
    DvSystem system = SessionLink.system(c, protocol);
    SessionLink.checkProtocolFlags(c, protocol);
    List<SessionConfig> configs = new ArrayList<>();
    for (double distance : distances) {
      for (Eavesdropper eve : eves) {
        SessionConfigBuilder b = SessionConfig.builder(protocol, distance, pulses);
        b.system(system).eve(eve).seed(c.seed).keepKeys(false);
        SessionLink.apply(c, protocol, b, system, distance);
        configs.add(b.build());
      }
    }
    boolean sweep = distances.size() > 1 || eves.size() > 1 || c.distanceKm.contains(":");
    return new SessionSetup(protocol, configs, sweep || c.eve.strip().split(":").length > 2);
  }

  /** What the progress bar calls a session of a sweep. */
  String label(SessionConfig config) {
    return sweep
        ? String.format(Locale.ROOT, "%.1f km, eve %s", config.distanceKm(), config.eve().name())
        : "session";
  }

  /** N as an integer or in scientific notation (1e10), at least 1. */
  static long pulses(String text) {
    double value;
    try {
      value = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--pulses is not a number: '" + text + "'");
    }
    if (!(value >= 1) || value > 9e18 || value != Math.rint(value)) {
      throw new IllegalArgumentException("--pulses must be a whole number >= 1, was " + text);
    }
    return (long) value;
  }

  private static List<Eavesdropper> eavesdroppers(String spec, Protocol protocol) {
    String text = spec.strip().toLowerCase(Locale.ROOT);
    List<Eavesdropper> eves = new ArrayList<>();
    String[] parts = text.startsWith(IR) ? text.substring(IR.length()).split(":", -1) : null;
    if (parts != null && parts.length == 3) {
      for (double f : fractions(parts)) {
        eves.add(new InterceptResendAttack(f));
      }
    } else if (parts != null && parts.length != 1) {
      throw new IllegalArgumentException(
          "--eve intercept-resend takes FRACTION or FROM:TO:STEP, was '" + spec + "'");
    } else {
      eves.add(Attacks.parse(text));
    }
    Eavesdropper first = eves.get(0);
    if (protocol == Protocol.E91
        && first != Eavesdropper.NONE
        && !(first instanceof InterceptResendAttack)) {
      throw new IllegalArgumentException(
          "--eve "
              + first.name()
              + " attacks weak coherent pulses: use bb84, bb84-decoy or sarg04");
    }
    return eves;
  }

  private static List<Double> fractions(String[] parts) {
    double from = Attacks.fraction(parts[0]);
    double to = Attacks.fraction(parts[1]);
    double step;
    try {
      step = Double.parseDouble(parts[2].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--eve sweep step is not a number: '" + parts[2] + "'");
    }
    if (to < from || !(step > 0)) {
      throw new IllegalArgumentException(
          "--eve intercept-resend:FROM:TO:STEP needs FROM <= TO and STEP > 0");
    }
    long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
    if (count > 1000) {
      throw new IllegalArgumentException("--eve sweep has more than 1000 points");
    }
    List<Double> values = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      values.add(Math.min(1, Math.rint((from + i * step) * 1e9) / 1e9)); // 0.1·3 ≠ 0.3
    }
    return values;
  }

  /** The security targets: ε_sec and ε_cor in (0, 1). */
  static SecurityParameters security(SessionCommand c) {
    return new SecurityParameters(
        FiniteKeyFlags.openUnit("--eps-sec", c.epsSec == null ? 1e-10 : c.epsSec),
        FiniteKeyFlags.openUnit("--eps-cor", c.epsCor == null ? 1e-15 : c.epsCor));
  }

  static CascadeVariant cascade(SessionCommand c) {
    return c.cascade == null ? CascadeVariant.YAN : CascadeVariant.byName(c.cascade);
  }
}
