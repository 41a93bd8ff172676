package io.qgate.vault.domain;

import io.qgate.policy.domain.KeyClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ETSI GS QKD 014 Key request: how many keys, of how many bits, shared with which additional
 * slave SAEs, and the key class asked for — required through qgate's mandatory extension {@code
 * key_class}, or preferred through the optional one; with neither, the policy chooses. The
 * constructor enforces this KME's limits with the standard's 400 errors.
 */
public record KeyRequest(
    int number,
    int sizeBits,
    List<String> additionalSlaves,
    Optional<KeyClass> requiredClass,
    Optional<KeyClass> preferredClass) {

  /** A request that leaves the key class to the policy. */
  public static KeyRequest of(int number, int sizeBits, List<String> additionalSlaves) {
    return new KeyRequest(number, sizeBits, additionalSlaves, Optional.empty(), Optional.empty());
  }

  public KeyRequest {
    additionalSlaves = List.copyOf(additionalSlaves);
    Objects.requireNonNull(requiredClass, "requiredClass");
    Objects.requireNonNull(preferredClass, "preferredClass");
    if (number < 1 || number > EtsiLimits.MAX_KEY_PER_REQUEST) {
      throw EtsiException.badRequest(
          "number must be 1 to max_key_per_request (" + EtsiLimits.MAX_KEY_PER_REQUEST + ")",
          "number",
          number);
    }
    if (sizeBits % 8 != 0) {
      throw EtsiException.badRequest("size must be a multiple of 8", "size", sizeBits);
    }
    if (sizeBits < EtsiLimits.MIN_KEY_SIZE || sizeBits > EtsiLimits.MAX_KEY_SIZE) {
      throw EtsiException.badRequest(
          "size must be from min_key_size ("
              + EtsiLimits.MIN_KEY_SIZE
              + ") to max_key_size ("
              + EtsiLimits.MAX_KEY_SIZE
              + ")",
          "size",
          sizeBits);
    }
    if (additionalSlaves.size() > EtsiLimits.MAX_SAE_ID_COUNT) {
      throw EtsiException.badRequest(
          "at most max_SAE_ID_count (" + EtsiLimits.MAX_SAE_ID_COUNT + ") additional slave SAEs",
          "additional_slave_SAE_IDs",
          additionalSlaves.size());
    }
  }
}
