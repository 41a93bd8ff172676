package io.qgate.qkd.protocol;

import io.qgate.qkd.channel.Fading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A key-rate model on a fading link: gain, errors and rate are averaged over the distribution of
 * the instantaneous transmittance, as when parameters are estimated per fading state (Vallone et
 * al., PRA 91 042320 (2015)). With no fading it is the inner model.
 */
public record FadingAveragedModel(KeyRateModel inner, Fading fading) implements KeyRateModel {

  @Override
  public Protocol protocol() {
    return inner.protocol();
  }

  @Override
  public List<Setting> settings() {
    return inner.settings();
  }

  @Override
  public boolean feasible(double... settings) {
    return inner.feasible(settings);
  }

  @Override
  public KeyRate evaluate(double channelTransmittance, double... settings) {
    if (fading == Fading.NONE) {
      return inner.evaluate(channelTransmittance, settings);
    }
    KeyRate mean = inner.evaluate(channelTransmittance, settings);
    double gain = average(channelTransmittance, settings, r -> r.gain());
    double errors = average(channelTransmittance, settings, r -> r.gain() * r.qber());
    double rate = average(channelTransmittance, settings, KeyRate::ratePerPulse);
    Map<String, Double> details = new LinkedHashMap<>();
    for (String name : mean.details().keySet()) {
      details.put(name, average(channelTransmittance, settings, r -> r.details().get(name)));
    }
    double qber = gain > 0 ? errors / gain : mean.qber();
    return new KeyRate(mean.mu(), gain, qber, rate, details);
  }

  private double average(double transmittance, double[] settings, ToDoubleFunction<KeyRate> f) {
    return fading.average(eta -> f.applyAsDouble(inner.evaluate(eta, settings)), transmittance);
  }
}
