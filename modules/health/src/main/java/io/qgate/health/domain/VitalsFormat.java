package io.qgate.health.domain;

/**
 * The wire format of a bedside monitor's reading (a FHIR R4 Bundle of vital-signs Observations,
 * {@code infrastructure.fhir}): the simulators write it, the clinical consumer reads it.
 */
public interface VitalsFormat {

  byte[] write(VitalsSnapshot snapshot);

  /**
   * @throws io.qgate.platform.domain.telemetry.MalformedReadingException if {@code payload} is not
   *     a valid reading; the message names the field, never a value or the patient
   */
  VitalsSnapshot parse(byte[] payload);
}
