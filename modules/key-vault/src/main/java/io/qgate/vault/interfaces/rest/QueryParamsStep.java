package io.qgate.vault.interfaces.rest;

import io.qgate.platform.domain.InvalidInputException;
import java.time.Duration;

/** The {@code step} of a telemetry query: whole seconds, default 1. */
final class QueryParamsStep {

  private QueryParamsStep() {}

  static Duration seconds(String step) {
    if (step == null || step.isBlank()) {
      return Duration.ofSeconds(1);
    }
    try {
      return Duration.ofSeconds(Long.parseLong(step.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("step", "step must be a whole number of seconds");
    }
  }
}
