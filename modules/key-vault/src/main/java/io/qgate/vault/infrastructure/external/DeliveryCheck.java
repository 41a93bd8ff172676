package io.qgate.vault.infrastructure.external;

import io.qgate.vault.domain.LinkStatus;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the vault checks before a pulled key enters a pool: the master's KME gave distinct key_IDs
 * of the size asked, and the slave's KME gave the same bytes for exactly those ids. Failures name
 * key_IDs, never material.
 */
final class DeliveryCheck {

  private DeliveryCheck() {}

  /** enc_keys's answer: 1 to {@code asked} keys, distinct ids, {@code sizeBits} each. */
  static void encAnswer(List<PulledKey> keys, int asked, int sizeBits, String kme)
      throws KmeFailure {
    if (keys.isEmpty() || keys.size() > asked) {
      throw mismatch(kme + " answered enc_keys for " + asked + " keys with " + keys.size());
    }
    Set<String> ids = new HashSet<>();
    for (PulledKey key : keys) {
      if (!ids.add(key.keyId())) {
        throw mismatch(kme + " gave key_ID " + key.keyId() + " twice in one enc_keys answer");
      }
      if (key.material().length * 8 != sizeBits) {
        throw mismatch(
            kme
                + " gave "
                + key.material().length * 8
                + " bits for key_ID "
                + key.keyId()
                + ", "
                + sizeBits
                + " asked");
      }
    }
  }

  /** dec_keys's answer holds the same ids as enc_keys's, each with the same bytes. */
  static void sameKeys(List<PulledKey> sent, List<PulledKey> received, String kmes)
      throws KmeFailure {
    Map<String, byte[]> byId = new HashMap<>();
    received.forEach(k -> byId.put(k.keyId(), k.material()));
    int differ = 0;
    String first = null;
    for (PulledKey key : sent) {
      byte[] other = byId.remove(key.keyId());
      if (other == null || !MessageDigest.isEqual(key.material(), other)) {
        differ++;
        first = first == null ? key.keyId() : first;
      }
    }
    if (differ > 0 || !byId.isEmpty() || received.size() != sent.size()) {
      throw mismatch(
          kmes
              + " disagree: "
              + differ
              + " of "
              + sent.size()
              + " keys missing or with other bytes"
              + (first == null ? "" : " (first: key_ID " + first + ")")
              + (byId.isEmpty() ? "" : ", " + byId.size() + " key_IDs not asked for")
              + "; nothing deposited");
    }
  }

  private static KmeFailure mismatch(String message) {
    return new KmeFailure(LinkStatus.EXTERNAL_MISMATCH, message);
  }
}
