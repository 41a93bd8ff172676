package io.qgate.pipeline.infrastructure;

import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** A fleet of devices that report their reading time as the payload. */
record FakeFleet(String topic, List<FakeFleet.Device> devices) implements SimulatedFleet {

  static final String TOPIC = "qgate.industrial.plc.v1";

  static FakeFleet of(Device... devices) {
    return new FakeFleet(TOPIC, List.of(devices));
  }

  Map<String, String> kinds() {
    return devices.stream().collect(Collectors.toMap(Device::id, Device::kind));
  }

  @Override
  public Tenant tenant() {
    return Tenant.PLANT;
  }

  @Override
  public String domain() {
    return "INDUSTRIAL";
  }

  @Override
  public String gatewayId() {
    return "gw-plant-1";
  }

  static final class Device implements SimulatedDevice {

    private final String id;
    private final String kind;
    private final double rate;
    final List<Instant> readAt = new CopyOnWriteArrayList<>();

    Device(String id, String kind, double rate) {
      this.id = id;
      this.kind = kind;
      this.rate = rate;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String kind() {
      return kind;
    }

    @Override
    public double readingsPerSecond() {
      return rate;
    }

    @Override
    public byte[] nextReading(Instant time) {
      readAt.add(time);
      return (id + "@" + time).getBytes(StandardCharsets.UTF_8);
    }
  }
}
