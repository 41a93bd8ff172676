package io.qgate.certification.domain;

/** What a registered device is; gateways and QKD modules are devices too. */
public enum DeviceKind {
  PMU,
  SMART_METER,
  BEDSIDE_MONITOR,
  INFUSION_PUMP,
  PLC,
  SENSOR,
  EDGE_GATEWAY,
  QKD_MODULE
}
