package io.qgate.telemetry.vault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one string member of the vault's flat JSON answers (ids, base64, enum names: no escapes),
 * so this jar needs no JSON library.
 */
final class JsonField {

  private JsonField() {}

  /**
   * @throws VaultAccessException if {@code json} has no such string member
   */
  static String string(String json, String name) {
    Matcher member =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"\\\\]*)\"").matcher(json);
    if (!member.find()) {
      throw new VaultAccessException("the vault's answer has no string member '" + name + "'");
    }
    return member.group(1);
  }
}
