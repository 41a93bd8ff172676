package io.qgate.vault.domain;

import io.qgate.vault.domain.relay.RelayPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where keys live: pools of QKD material per link, and the keys issued from them. Every method is
 * one database transaction; row locks, never JVM locks, make delivery exactly once across threads
 * and platform instances.
 */
public interface KeyStore {

  /** Adds distilled key material to a link's pool, in blocks of {@link EtsiLimits#BLOCK_BITS}. */
  void deposit(String linkId, double qber, List<byte[]> blocks);

  /**
   * Takes the material for {@code order.number()} keys from the link's pool (blocks no other
   * transaction holds; none for PQC keys), makes each key's bytes with {@code derivation}, and
   * records the keys, in {@code order.keyClass()}, as issued by {@code masterSae} and reserved for
   * the slaves. Nothing is taken if the pool cannot serve the whole request.
   *
   * @throws PoolTooSmallException (503) if the pool holds too little
   */
  List<IssuedKey> reserve(
      String linkId,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      KeyDerivation derivation);

  /**
   * As {@link #reserve(String, String, List, KeyOrder, KeyDerivation)}, over a path of one or more
   * links (trusted relay): each key is the first hop's QKD key, carried over every further hop
   * under a one-time pad of that hop's key ({@link io.qgate.vault.domain.relay.OneTimePadRelay}),
   * all in one transaction; every hop's blocks are taken and deleted, and the hops each key crossed
   * are recorded with it. Nothing is taken from any hop unless every hop can serve the whole
   * request. A one-hop path is exactly {@code reserve(linkId, ...)}. PQC keys take nothing from any
   * hop and are recorded under the first hop's link, without hops.
   *
   * @throws PoolTooSmallException (503) naming the first hop that holds too little
   */
  List<IssuedKey> reserve(
      RelayPath path,
      String masterSae,
      List<String> slaves,
      KeyOrder order,
      KeyDerivation derivation);

  /**
   * Hands {@code slaveSae} the keys {@code masterSae} reserved for it, each once; a key whose
   * slaves all have it is erased.
   *
   * @throws EtsiException 400 naming the first key that is unknown, not from {@code masterSae}, not
   *     for {@code slaveSae}, or already delivered to it; nothing is delivered then
   */
  List<IssuedKey> deliver(String masterSae, String slaveSae, List<UUID> keyIds);

  /**
   * What those of {@code keyIds} that are still reserved are made of — classes and links, which
   * never change for a key — for the policy decision that must precede {@link #deliver}: outside
   * its transaction, since recording the decision needs a connection of its own. Keys that are
   * unknown or no longer deliverable are left out: {@link #deliver} refuses them with its 400.
   */
  KeySources sourcesOf(List<UUID> keyIds);

  PoolLevel level(String linkId);

  List<PoolLevel> levels();

  // Lifecycle (platform key API and the expiry sweep). Each erasing method hands what it is about
  // to erase to {@code beforeErase} while it holds the rows' locks, then erases and commits; if
  // {@code beforeErase} throws (the audit trail refused), nothing changes.

  /** The metadata of an issued key, never its material. */
  Optional<KeyMetadata> find(UUID keyId);

  /**
   * Erases up to {@code limit} reserved keys whose reservation has expired (state {@link
   * KeyState#EXPIRED}). Keys another transaction holds (a dec_keys in flight, another instance's
   * sweep) are skipped and left to the next sweep.
   *
   * @return the keys erased, empty if none was due
   */
  List<ClosedKey> expire(int limit, Consumer<List<ClosedKey>> beforeErase);

  /**
   * Revokes a reserved key: state {@link KeyState#REVOKED}, material erased.
   *
   * @return the key as it is now
   * @throws io.qgate.platform.domain.NotFoundException if no key has that id
   * @throws io.qgate.platform.domain.ConflictException if the key is not reserved
   */
  KeyMetadata revoke(UUID keyId, Consumer<KeyMetadata> beforeErase);

  /**
   * Takes everything a link produced out of circulation: each of its reserved keys — also those
   * relayed over it — becomes {@link KeyState#QUARANTINED} (material erased), each block of its
   * pool is deleted.
   *
   * @throws io.qgate.platform.domain.NotFoundException if the link is neither registered nor has
   *     anything in the vault
   */
  default LinkQuarantine quarantine(String linkId, Consumer<LinkQuarantine> beforeErase) {
    return quarantine(linkId, null, beforeErase);
  }

  /**
   * As {@link #quarantine(String, Consumer)}, for the material a link may have produced after
   * {@code producedAfter} (everything if null): the pool blocks produced after it, and the reserved
   * keys issued after it less {@link #CLOCK_SKEW} — a key's material is never younger than the key,
   * so this takes every key cut from such blocks (and, to be safe, some cut from older ones).
   */
  LinkQuarantine quarantine(
      String linkId, Instant producedAfter, Consumer<LinkQuarantine> beforeErase);

  /** Keys are stamped by the instance's clock, blocks by the database's: this much may differ. */
  Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** How much material is wrapped under which KEK. */
  KekInventory kekInventory();

  /**
   * Rewraps every pool block and reserved key not under the current KEK, {@code batchSize} rows per
   * transaction; rows live traffic holds are passed over first and taken at the end.
   */
  KekRewrap rewrap(int batchSize);
}
