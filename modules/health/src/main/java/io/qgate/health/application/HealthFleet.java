package io.qgate.health.application;

import io.qgate.health.domain.Bed;
import io.qgate.health.domain.BedsideMonitor;
import io.qgate.health.domain.HealthTelemetry;
import io.qgate.health.domain.PatientReference;
import io.qgate.health.domain.VitalsFormat;
import io.qgate.health.domain.Ward;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated hospital: {@code monitors} bedside monitors filling wards of {@code bedsPerWard}
 * beds in order ({@code mon-01-01} ... {@code mon-01-20}, {@code mon-02-01} ...), each attached to
 * a patient with a fresh pseudonym, behind gateway {@code gw-health-1}, reporting to {@code
 * qgate.health.vitals.v1} for tenant HOSPITAL. Pseudonyms and readings follow from the seed, so a
 * demo or benchmark replays.
 */
public final class HealthFleet implements SimulatedFleet {

  public static final String GATEWAY_ID = "gw-health-1";
  public static final int DEMO_MONITORS = 300;
  public static final int DEFAULT_BEDS_PER_WARD = 20;
  public static final long DEFAULT_SEED = 20170101L;

  private final List<BedsideMonitorSimulator> devices;

  public HealthFleet(
      int monitors, int bedsPerWard, long seed, SimulatorSettings settings, VitalsFormat format) {
    if (bedsPerWard < 1 || bedsPerWard > Bed.MAX_NUMBER) {
      throw new IllegalArgumentException("beds per ward must be 1.." + Bed.MAX_NUMBER);
    }
    if (monitors < 1 || (monitors - 1) / bedsPerWard + 1 > Ward.MAX_NUMBER) {
      throw new IllegalArgumentException(
          "monitors must be 1.." + Ward.MAX_NUMBER + " wards' worth");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<BedsideMonitorSimulator> created = new ArrayList<>(monitors);
    for (int i = 0; i < monitors; i++) {
      Bed bed = new Bed(new Ward(i / bedsPerWard + 1), i % bedsPerWard + 1);
      BedsideMonitor monitor = BedsideMonitor.at(bed, PatientReference.random(random));
      created.add(new BedsideMonitorSimulator(monitor, random.nextLong(), settings, format));
    }
    this.devices = List.copyOf(created);
  }

  /** {@code monitors} monitors, 20 beds a ward, the default seed and settings. */
  public static HealthFleet of(int monitors, VitalsFormat format) {
    return new HealthFleet(
        monitors, DEFAULT_BEDS_PER_WARD, DEFAULT_SEED, SimulatorSettings.defaults(), format);
  }

  /** The demo hospital: 300 monitors over 15 wards. */
  public static HealthFleet demo(VitalsFormat format) {
    return of(DEMO_MONITORS, format);
  }

  @Override
  public String topic() {
    return HealthTelemetry.TOPIC;
  }

  @Override
  public Tenant tenant() {
    return HealthTelemetry.TENANT;
  }

  @Override
  public String domain() {
    return HealthTelemetry.POLICY_DOMAIN;
  }

  @Override
  public String gatewayId() {
    return GATEWAY_ID;
  }

  @Override
  public List<BedsideMonitorSimulator> devices() {
    return devices;
  }
}
