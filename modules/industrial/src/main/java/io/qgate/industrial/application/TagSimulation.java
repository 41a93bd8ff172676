package io.qgate.industrial.application;

import io.qgate.industrial.domain.alarm.AlarmLimits;
import io.qgate.industrial.domain.metric.Metric;
import io.qgate.industrial.domain.metric.StatusCode;
import io.qgate.industrial.domain.plant.Tag;
import java.util.SplittableRandom;

/**
 * The live state of one simulated tag: its process value, a running excursion and a running quality
 * episode. Not thread-safe: its PLC simulator is driven by one thread at a time.
 */
final class TagSimulation {

  private static final double EXCURSION_TAU_SECONDS = 5;

  private final Tag tag;
  private final TagTemplate template;
  private double process;
  private double lastUsable;
  private int excursionLeft;
  private double excursionTarget;
  private int qualityLeft;
  private StatusCode quality = StatusCode.GOOD;
  private boolean switchState = true;
  private int textIndex;

  TagSimulation(Tag tag, TagTemplate template) {
    this.tag = tag;
    this.template = template;
    if (template.model() instanceof SignalModel.Analog analog) {
      process = analog.setpoint();
    }
    lastUsable = process;
  }

  /** The metric of this tag at {@code millis}, {@code dt} seconds after the previous one. */
  Metric next(
      SplittableRandom random,
      long millis,
      double dt,
      double rate,
      SimulationProfile profile,
      StatusCode plcQuality) {
    StatusCode reported = nextQuality(random, rate, profile, plcQuality);
    double value = nextValue(random, dt, rate, profile);
    if (reported.isGood()) {
      lastUsable = value;
    }
    return TagValues.metric(tag, millis, reported, lastUsable, textOf());
  }

  private StatusCode nextQuality(
      SplittableRandom random, double rate, SimulationProfile profile, StatusCode plcQuality) {
    if (qualityLeft > 0) {
      qualityLeft--;
    } else {
      quality = StatusCode.GOOD;
      double roll = random.nextDouble();
      if (roll < profile.sensorFailureProbability()) {
        quality = StatusCode.BAD_SENSOR_FAILURE;
        qualityLeft = readings(random, 5, 30, rate);
      } else if (roll < profile.sensorFailureProbability() + profile.uncertainProbability()) {
        quality = StatusCode.UNCERTAIN_LAST_USABLE_VALUE;
        qualityLeft = readings(random, 5, 20, rate);
      }
    }
    return plcQuality.isGood() ? quality : plcQuality;
  }

  private double nextValue(
      SplittableRandom random, double dt, double rate, SimulationProfile profile) {
    SignalModel model = template.model();
    if (model instanceof SignalModel.Analog analog) {
      return analog(random, analog, dt, rate, profile);
    }
    if (model instanceof SignalModel.Counter counter) {
      process += Math.max(0, counter.unitsPerSecond() * dt * (1 + 0.1 * random.nextGaussian()));
      return process;
    }
    if (model instanceof SignalModel.Switch s && random.nextDouble() < s.flipProbability()) {
      switchState = !switchState;
    }
    if (model instanceof SignalModel.Text text && random.nextDouble() < text.changeProbability()) {
      textIndex = (textIndex + 1) % text.values().size();
    }
    return switchState ? 1 : 0;
  }

  private double analog(
      SplittableRandom random,
      SignalModel.Analog model,
      double dt,
      double rate,
      SimulationProfile profile) {
    AlarmLimits limits = tag.limits();
    if (excursionLeft == 0
        && tag.hasLimits()
        && random.nextDouble() < profile.excursionProbability()) {
      boolean high =
          Double.isInfinite(limits.low())
              || !Double.isInfinite(limits.high()) && random.nextBoolean();
      double beyond = Math.max(3 * limits.deadband(), 10 * model.noise());
      excursionTarget = high ? limits.high() + beyond : limits.low() - beyond;
      excursionLeft = readings(random, 20, 60, rate);
    }
    double mean = model.setpoint();
    double tau = model.tauSeconds();
    if (excursionLeft > 0) {
      excursionLeft--;
      mean = excursionTarget;
      tau = EXCURSION_TAU_SECONDS;
    }
    process +=
        (mean - process) * Math.min(1, dt / tau)
            + model.drift() * Math.sqrt(dt) * random.nextGaussian();
    return process + model.noise() * random.nextGaussian();
  }

  private String textOf() {
    return template.model() instanceof SignalModel.Text text ? text.values().get(textIndex) : null;
  }

  private static int readings(
      SplittableRandom random, int minSeconds, int maxSeconds, double rate) {
    return (int) Math.max(1, Math.ceil(random.nextInt(minSeconds, maxSeconds + 1) * rate));
  }
}
