package io.qgate.grid.application;

import io.qgate.grid.domain.NominalFrequency;
import io.qgate.grid.domain.Pmu;
import io.qgate.grid.domain.Substation;
import io.qgate.grid.domain.synchrophasor.StatWord;
import io.qgate.grid.domain.synchrophasor.SynchrophasorCodec;
import io.qgate.grid.domain.synchrophasor.SynchrophasorFrame;
import io.qgate.platform.domain.alert.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Feeds hand-made frames of one 50 Hz, 50 frames/s PMU to a monitor, 20 ms apart. */
final class FrameScript {

  static final Pmu PMU = Pmu.threePhase("pmu-sub01-1", 1, "SUB01 PMU1", NominalFrequency.HZ_50, 50);
  static final Substation SUBSTATION =
      new Substation("sub01", "Isar", NominalFrequency.HZ_50, List.of(PMU));
  static final long START_SOC = 1_700_000_000L;

  private final SynchrophasorCodec codec = new SynchrophasorCodec(PMU);
  private final GridMonitor monitor;
  private final List<Alert> alerts = new ArrayList<>();
  private long frame;

  FrameScript(GridMonitor monitor) {
    this.monitor = monitor;
  }

  FrameScript() {
    this(new GridMonitor(List.of(SUBSTATION)));
  }

  /** Sends {@code count} frames; returns the alerts they raised. */
  List<Alert> send(int count, double frequency, double rocof, int stat) {
    List<Alert> raised = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      raised.addAll(monitor.inspect(PMU.deviceId(), Instant.now(), bytes(frequency, rocof, stat)));
    }
    alerts.addAll(raised);
    return raised;
  }

  List<Alert> send(int count, double frequency, double rocof) {
    return send(count, frequency, rocof, StatWord.OK);
  }

  /** Skips {@code frames} reporting slots, as if they were lost. */
  void skip(int frames) {
    frame += frames;
  }

  byte[] bytes(double frequency, double rocof, int stat) {
    return bytes(frequency, rocof, stat, 0);
  }

  /** Sends one frame with the given FRACSEC time quality flags; returns the alerts it raised. */
  List<Alert> sendWithTimeQuality(int timeQuality, double frequency) {
    List<Alert> raised =
        monitor.inspect(PMU.deviceId(), Instant.now(), bytes(frequency, 0, 0, timeQuality));
    alerts.addAll(raised);
    return raised;
  }

  private byte[] bytes(double frequency, double rocof, int stat, int timeQuality) {
    long k = frame++;
    return codec.encode(
        new SynchrophasorFrame(
            PMU.idCode(),
            START_SOC + k / 50,
            timeQuality,
            (int) (k % 50) * 20_000,
            stat,
            new float[] {63_508f, 63_508f, 63_508f, 400f},
            new float[] {0f, -2.094f, 2.094f, -0.2f},
            (float) frequency,
            (float) rocof));
  }

  List<Alert> all() {
    return alerts;
  }

  GridMonitor monitor() {
    return monitor;
  }
}
