package io.qgate.platform.domain.alert;

/** Where alerts go (Kafka {@code qgate.alerts.v1}); never blocks, never fails the caller. */
public interface AlertSink {

  void raise(Alert alert);
}
