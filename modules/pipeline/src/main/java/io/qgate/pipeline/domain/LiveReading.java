package io.qgate.pipeline.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One decrypted reading of a device as a person sees it: when, and its named values. */
public record LiveReading(String deviceId, Instant time, Map<String, Object> values) {

  public LiveReading {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
