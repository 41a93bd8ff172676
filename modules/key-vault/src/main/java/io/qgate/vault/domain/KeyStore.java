package io.qgate.vault.domain;

import java.util.List;
import java.util.UUID;

/**
 * Where keys live: pools of QKD material per link, and the keys issued from them. Every method is
 * one database transaction; row locks, never JVM locks, make delivery exactly once across threads
 * and platform instances.
 */
public interface KeyStore {

  /** Adds distilled key material to a link's pool, in blocks of {@link EtsiLimits#BLOCK_BITS}. */
  void deposit(String linkId, double qber, List<byte[]> blocks);

  /**
   * Takes the material for {@code request.number()} keys from the link's pool (blocks no other
   * transaction holds), and records them as issued by {@code masterSae} and reserved for the
   * slaves. Nothing is taken if the pool cannot serve the whole request.
   *
   * @throws EtsiException 503 if the pool holds too little
   */
  List<IssuedKey> reserve(String linkId, String masterSae, List<String> slaves, KeyRequest request);

  /**
   * Hands {@code slaveSae} the keys {@code masterSae} reserved for it, each once; a key whose
   * slaves all have it is erased.
   *
   * @throws EtsiException 400 naming the first key that is unknown, not from {@code masterSae}, not
   *     for {@code slaveSae}, or already delivered to it; nothing is delivered then
   */
  List<IssuedKey> deliver(String masterSae, String slaveSae, List<UUID> keyIds);

  PoolLevel level(String linkId);

  List<PoolLevel> levels();

  /** Keys reserved for {@code slaveSae} by {@code masterSae} and not yet delivered. */
  long waitingFor(String masterSae, String slaveSae);
}
