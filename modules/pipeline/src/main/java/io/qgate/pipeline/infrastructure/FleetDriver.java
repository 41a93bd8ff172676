package io.qgate.pipeline.infrastructure;

import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives one simulated fleet through its edge gateway, one {@link #tick} at a time on one thread:
 * each device reports at its own rate (a budget of readings that grows with the time elapsed) and
 * each reading goes through the gateway, which asks the policy, seals and sends. A device's
 * readings are all sent from this thread, so they reach Kafka in sequence order.
 */
final class FleetDriver {

  /** The most time one tick catches up on: after a stall, devices do not burst. */
  private static final Duration MAX_CATCH_UP = Duration.ofSeconds(1);

  private final List<? extends SimulatedDevice> devices;
  private final GatewayRuntime gateway;
  private final Clock clock;
  private final double[] budget;
  private Instant last;

  /** The last reason a tick failed, so the gateway reports each cause once. */
  volatile String lastFailure;

  FleetDriver(SimulatedFleet fleet, GatewayRuntime gateway, Clock clock) {
    this.devices = List.copyOf(fleet.devices());
    this.gateway = gateway;
    this.clock = clock;
    this.budget = new double[devices.size()];
    for (int i = 0; i < budget.length; i++) {
      budget[i] = (double) i / budget.length; // spread the devices over the ticks
    }
    this.last = clock.instant();
  }

  /** Sends what each device has due since the last tick. */
  void tick() {
    Instant now = clock.instant();
    Duration elapsed = Duration.between(last, now);
    last = now;
    double seconds = Math.min(elapsed.toNanos(), MAX_CATCH_UP.toNanos()) / 1e9;
    for (int i = 0; i < devices.size(); i++) {
      SimulatedDevice device = devices.get(i);
      budget[i] += device.readingsPerSecond() * seconds;
      while (budget[i] >= 1) {
        budget[i] -= 1;
        gateway.send(device.id(), () -> device.nextReading(now), now);
      }
    }
  }
}
