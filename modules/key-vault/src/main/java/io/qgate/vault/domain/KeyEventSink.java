package io.qgate.vault.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where the vault announces that keys moved (metadata only, for consoles and SIEMs). */
public interface KeyEventSink {

  /**
   * @param type {@code RESERVED} (enc_keys) or {@code DELIVERED} (dec_keys)
   * @param sae the SAE that received the keys
   */
  void keysMoved(
      String type, String linkId, String sae, List<IssuedKey> keys, Map<String, Object> facts);

  /**
   * Keys of one link the vault erased before every slave had them.
   *
   * @param type {@code EXPIRED}, {@code REVOKED} or {@code QUARANTINED}
   * @param facts more metadata (reason, actor, discarded pool blocks), never material
   */
  void keysClosed(String type, String linkId, List<UUID> keyIds, Map<String, Object> facts);
}
