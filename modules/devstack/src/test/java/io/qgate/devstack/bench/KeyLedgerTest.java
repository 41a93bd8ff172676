package io.qgate.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KeyLedgerTest {

  private final KeyLedger ledger = new KeyLedger();

  @Test
  void distinctKeysPass() {
    assertThat(ledger.issued(List.of(key(1), key(2)), 2, 256, false)).isTrue();
    assertThat(ledger.issued(List.of(key(3)), 1, 256, false)).isTrue();

    assertThat(ledger.clean()).isTrue();
    assertThat(ledger.issuedCount()).isEqualTo(3);
  }

  @Test
  void aKeyIdIssuedTwiceIsADuplicateAcrossAnswers() {
    UUID id = UUID.randomUUID();
    assertThat(ledger.issued(List.of(new EtsiKey(id, bytes(32, 1))), 1, 256, false)).isTrue();

    assertThat(ledger.issued(List.of(new EtsiKey(id, bytes(32, 2))), 1, 256, false)).isFalse();

    assertThat(ledger.duplicates()).isEqualTo(1);
    assertThat(ledger.clean()).isFalse();
    assertThat(ledger.examples()).containsExactly("duplicate key_ID " + id + " from enc_keys");
  }

  @Test
  void aKeyIdTwiceInOneAnswerIsADuplicate() {
    EtsiKey key = key(1);

    assertThat(ledger.issued(List.of(key, key), 2, 256, false)).isFalse();

    assertThat(ledger.duplicates()).isEqualTo(1);
  }

  @Test
  void wrongNumberOrSizeIsAMismatch() {
    assertThat(ledger.issued(List.of(key(1)), 2, 256, false)).isFalse();
    assertThat(ledger.issued(List.of(new EtsiKey(UUID.randomUUID(), new byte[16])), 1, 256, false))
        .isFalse();

    assertThat(ledger.mismatches()).isEqualTo(2);
    assertThat(ledger.duplicates()).isZero();
    assertThat(ledger.examples().get(0)).isEqualTo("enc_keys returned 1 keys, 2 requested");
    assertThat(ledger.examples().get(1)).endsWith("has 128 bits, 256 requested");
  }

  @Test
  void deliveredKeysMatchWhatWasIssued() {
    EtsiKey a = key(1);
    EtsiKey b = key(2);
    ledger.issued(List.of(a, b), 2, 256, true);

    assertThat(ledger.checkDelivered(List.of(b.keyId()), List.of(copy(b)))).isTrue();
    assertThat(ledger.checkDelivered(List.of(a.keyId()), List.of(copy(a)))).isTrue();

    assertThat(ledger.clean()).isTrue();
    assertThat(ledger.deliveredCount()).isEqualTo(2);
  }

  @Test
  void otherBytesAreAMismatch() {
    EtsiKey a = key(1);
    ledger.issued(List.of(a), 1, 256, true);
    byte[] altered = a.material().clone();
    altered[31] ^= 1;

    assertThat(ledger.checkDelivered(List.of(a.keyId()), List.of(new EtsiKey(a.keyId(), altered))))
        .isFalse();

    assertThat(ledger.mismatches()).isEqualTo(1);
    assertThat(ledger.examples())
        .containsExactly("dec_keys returned other bytes for key_ID " + a.keyId());
  }

  @Test
  void aKeyDeliveredTwiceIsAMismatchTheSecondTime() {
    EtsiKey a = key(1);
    ledger.issued(List.of(a), 1, 256, true);

    assertThat(ledger.checkDelivered(List.of(a.keyId()), List.of(copy(a)))).isTrue();
    assertThat(ledger.checkDelivered(List.of(a.keyId()), List.of(copy(a)))).isFalse();

    assertThat(ledger.examples())
        .containsExactly("dec_keys returned key_ID " + a.keyId() + " that enc_keys never issued");
  }

  @Test
  void missingOrUnrequestedKeysAreMismatches() {
    EtsiKey a = key(1);
    EtsiKey b = key(2);
    EtsiKey stranger = key(3);
    ledger.issued(List.of(a, b), 2, 256, true);

    assertThat(ledger.checkDelivered(List.of(a.keyId(), b.keyId()), List.of(copy(a)))).isFalse();
    assertThat(ledger.checkDelivered(List.of(b.keyId()), List.of(copy(b), stranger))).isFalse();

    assertThat(ledger.examples())
        .containsExactly(
            "dec_keys returned 1 of the 2 requested keys",
            "dec_keys returned key_ID " + stranger.keyId() + " that was not requested");
  }

  @Test
  void examplesAreCappedButCountsAreNot() {
    for (int i = 0; i < 20; i++) {
      ledger.invalidAnswer("problem " + i);
    }

    assertThat(ledger.mismatches()).isEqualTo(20);
    assertThat(ledger.examples()).hasSize(5).first().isEqualTo("problem 0");
  }

  @Test
  void concurrentClientsFindExactlyTheDuplicates() throws Exception {
    int threads = 8;
    int perThread = 2_000;
    List<UUID> shared = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      shared.add(UUID.randomUUID()); // every thread also reports these: 7 duplicates each
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  ledger.issued(List.of(key(i)), 1, 256, false);
                }
                for (UUID id : shared) {
                  ledger.issued(List.of(new EtsiKey(id, new byte[32])), 1, 256, false);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    assertThat(ledger.issuedCount()).isEqualTo(threads * perThread + shared.size());
    assertThat(ledger.duplicates()).isEqualTo((threads - 1) * shared.size());
    assertThat(ledger.mismatches()).isZero();
  }

  private static EtsiKey key(int seed) {
    return new EtsiKey(UUID.randomUUID(), bytes(32, seed));
  }

  private static EtsiKey copy(EtsiKey key) {
    return new EtsiKey(key.keyId(), key.material().clone());
  }

  private static byte[] bytes(int length, int seed) {
    byte[] bytes = new byte[length];
    new java.util.Random(seed).nextBytes(bytes);
    return bytes;
  }
}
