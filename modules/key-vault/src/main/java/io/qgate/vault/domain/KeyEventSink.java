package io.qgate.vault.domain;

import java.util.List;
import java.util.Map;

/** Where the vault announces that keys moved (metadata only, for consoles and SIEMs). */
public interface KeyEventSink {

  /**
   * @param type {@code RESERVED} (enc_keys) or {@code DELIVERED} (dec_keys)
   * @param sae the SAE that received the keys
   */
  void keysMoved(
      String type, String linkId, String sae, List<IssuedKey> keys, Map<String, Object> facts);
}
