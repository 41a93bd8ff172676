package io.qgate.industrial.application;

import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.MetricsPayload;
import io.qgate.industrial.domain.metric.MetricsPayloadCodec;
import io.qgate.industrial.domain.metric.StatusCode;
import io.qgate.industrial.domain.plant.Plc;
import io.qgate.platform.domain.telemetry.SimulatedDevice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulated PLC: each reading is one Sparkplug B-style data payload with every tag's metric
 * (process noise, slow drift, occasional excursions beyond the limits, occasional Bad or Uncertain
 * quality) and the next seq. The same seed and the same reading times give the same bytes. The edge
 * gateway calls it from one thread at a time, as {@link SimulatedDevice} promises.
 */
public final class PlcSimulator implements SimulatedDevice {

  private final Plc plc;
  private final List<TagSimulation> tags;
  private final SimulationProfile profile;
  private final SplittableRandom random;
  private int seq;
  private Instant previous;
  private int commErrorLeft;

  /**
   * @param templates the template of each of the PLC's tags, in the order of {@link Plc#tags()}
   */
  public PlcSimulator(Plc plc, List<TagTemplate> templates, SimulationProfile profile, long seed) {
    if (templates.size() != plc.tags().size()) {
      throw new IllegalArgumentException("one template per tag of " + plc.deviceId());
    }
    this.plc = plc;
    this.profile = profile;
    this.random = new SplittableRandom(seed);
    this.tags = new ArrayList<>(templates.size());
    for (int i = 0; i < templates.size(); i++) {
      if (templates.get(i).dataType() != plc.tags().get(i).dataType()) {
        throw new IllegalArgumentException("template " + i + " does not match its tag's datatype");
      }
      tags.add(new TagSimulation(plc.tags().get(i), templates.get(i)));
    }
  }

  public Plc plc() {
    return plc;
  }

  @Override
  public String id() {
    return plc.deviceId();
  }

  @Override
  public String kind() {
    return "PLC";
  }

  @Override
  public double readingsPerSecond() {
    return profile.readingsPerSecond();
  }

  @Override
  public byte[] nextReading(Instant time) {
    return MetricsPayloadCodec.encode(nextPayload(time));
  }

  /** The payload {@link #nextReading} encodes; advances the simulation the same way. */
  public MetricsPayload nextPayload(Instant time) {
    double rate = profile.readingsPerSecond();
    double dt = previous == null ? 1 / rate : Math.min(60, Math.max(0, secondsBetween(time)));
    previous = time;
    long millis = time.toEpochMilli();
    StatusCode plcQuality = plcQuality(rate);
    List<Metric> metrics = new ArrayList<>(tags.size());
    for (TagSimulation tag : tags) {
      metrics.add(tag.next(random, millis, dt, rate, profile, plcQuality));
    }
    MetricsPayload payload = new MetricsPayload(millis, seq, metrics);
    seq = MetricsPayload.nextSeq(seq);
    return payload;
  }

  private double secondsBetween(Instant time) {
    return (time.toEpochMilli() - previous.toEpochMilli()) / 1000.0;
  }

  private StatusCode plcQuality(double rate) {
    if (commErrorLeft > 0) {
      commErrorLeft--;
      return StatusCode.BAD_COMMUNICATION_ERROR;
    }
    if (random.nextDouble() < profile.commErrorProbability()) {
      commErrorLeft = (int) Math.max(0, Math.ceil(random.nextInt(3, 16) * rate) - 1);
      return StatusCode.BAD_COMMUNICATION_ERROR;
    }
    return StatusCode.GOOD;
  }
}
