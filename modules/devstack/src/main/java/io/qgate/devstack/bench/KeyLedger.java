package io.qgate.devstack.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the benchmark checks while it runs, shared by all clients: every key_ID enc_keys returns is
 * new (no key is issued twice), every key has the requested size, and dec_keys returns exactly the
 * keys asked for with the bytes enc_keys gave the master. Only keys that will be fetched keep their
 * bytes here, and only until they are.
 */
public final class KeyLedger {

  private static final int MAX_EXAMPLES = 5;

  private final Set<UUID> issued = ConcurrentHashMap.newKeySet();
  private final Map<UUID, byte[]> awaitingDelivery = new ConcurrentHashMap<>();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong mismatches = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final List<String> examples = new ArrayList<>();

  /**
   * Records the keys one enc_keys answer issued; counts a duplicate for each key_ID seen before and
   * a mismatch for a wrong number of keys or a key of the wrong size. If {@code keepForDelivery},
   * the bytes are kept for {@link #checkDelivered}.
   *
   * @return true if the answer passed every check
   */
  public boolean issued(
      List<EtsiKey> keys, int expectedNumber, int expectedSizeBits, boolean keepForDelivery) {
    boolean ok = true;
    if (keys.size() != expectedNumber) {
      ok = mismatch("enc_keys returned " + keys.size() + " keys, " + expectedNumber + " requested");
    }
    for (EtsiKey key : keys) {
      if (!issued.add(key.keyId())) {
        duplicates.incrementAndGet();
        example("duplicate key_ID " + key.keyId() + " from enc_keys");
        ok = false;
        continue;
      }
      if (key.material().length * 8 != expectedSizeBits) {
        ok =
            mismatch(
                "key "
                    + key.keyId()
                    + " has "
                    + key.material().length * 8
                    + " bits, "
                    + expectedSizeBits
                    + " requested");
      }
      if (keepForDelivery) {
        awaitingDelivery.put(key.keyId(), key.material().clone());
      }
    }
    return ok;
  }

  /**
   * Checks one dec_keys answer against the key_IDs requested: the same set of ids, each with the
   * bytes enc_keys returned for it. Counts a mismatch for every difference.
   *
   * @return true if the answer matched
   */
  public boolean checkDelivered(Collection<UUID> requested, List<EtsiKey> keys) {
    boolean ok = true;
    Set<UUID> asked = new HashSet<>(requested);
    Set<UUID> seen = new HashSet<>();
    for (EtsiKey key : keys) {
      if (!asked.contains(key.keyId()) || !seen.add(key.keyId())) {
        ok = mismatch("dec_keys returned key_ID " + key.keyId() + " that was not requested");
        continue;
      }
      byte[] expected = awaitingDelivery.remove(key.keyId());
      if (expected == null) {
        ok = mismatch("dec_keys returned key_ID " + key.keyId() + " that enc_keys never issued");
      } else {
        if (!Arrays.equals(expected, key.material())) {
          ok = mismatch("dec_keys returned other bytes for key_ID " + key.keyId());
        } else {
          delivered.incrementAndGet();
        }
        Arrays.fill(expected, (byte) 0);
      }
    }
    if (seen.size() != asked.size()) {
      ok =
          mismatch(
              "dec_keys returned " + seen.size() + " of the " + asked.size() + " requested keys");
    }
    return ok;
  }

  /** Counts an answer that breaks the protocol (e.g. a 200 that is no Key container). */
  public void invalidAnswer(String what) {
    mismatch(what);
  }

  /** Distinct key_IDs enc_keys issued. */
  public long issuedCount() {
    return issued.size();
  }

  /** Keys dec_keys returned with the right bytes. */
  public long deliveredCount() {
    return delivered.get();
  }

  public long duplicates() {
    return duplicates.get();
  }

  public long mismatches() {
    return mismatches.get();
  }

  public boolean clean() {
    return duplicates.get() == 0 && mismatches.get() == 0;
  }

  /** The first few problems, one line each. */
  public synchronized List<String> examples() {
    return List.copyOf(examples);
  }

  private boolean mismatch(String what) {
    mismatches.incrementAndGet();
    example(what);
    return false;
  }

  private synchronized void example(String what) {
    if (examples.size() < MAX_EXAMPLES) {
      examples.add(what);
    }
  }
}
