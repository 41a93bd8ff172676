package io.qgate.vault.domain.monitoring;

/** Which links real QKD hardware serves (external KMEs): no eavesdropper can be simulated there. */
public interface HardwareLinks {

  boolean isHardware(String linkId);
}
