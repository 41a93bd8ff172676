package io.qgate.vault.domain.monitoring;

/** Where alerts go (Kafka {@code qgate.alerts.v1}); never blocks, never fails the caller. */
public interface AlertSink {

  void raise(Alert alert);
}
