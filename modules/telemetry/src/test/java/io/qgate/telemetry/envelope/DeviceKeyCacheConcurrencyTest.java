package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cached AEAD contexts: eviction, zeroisation, and many threads on one sealer and opener. */
class DeviceKeyCacheConcurrencyTest {

  private final MasterKey master = Fixtures.masterKey(1);
  private final Epoch epoch = new Epoch(10, 0);

  @Test
  void evictionDestroysTheKeyAndTheIdleContext() {
    try (DeviceKeyCache cache = new DeviceKeyCache(1)) {
      DeviceKeyCache.Entry a = cache.entry(master, "a", epoch, Algorithm.AES_256_GCM);
      Aead.Context context = a.take();
      a.give(context);
      assertThat(a.hasIdleContext()).isTrue();
      KeyMaterial key = cache.cached(master.keyId(), "a", epoch, Algorithm.AES_256_GCM);

      cache.entry(master, "b", epoch, Algorithm.AES_256_GCM); // evicts a

      assertThat(key.isDestroyed()).isTrue();
      assertThat(context.isDestroyed()).isTrue();
      assertThat(a.hasIdleContext()).isFalse();
      assertThat(a.take()).isNull(); // the sealer then looks the key up again
      assertThat(a.toString()).contains("destroyed");
    }
  }

  @Test
  void aContextInUseWhenEvictedIsDestroyedWhenGivenBack() {
    try (DeviceKeyCache cache = new DeviceKeyCache(1)) {
      DeviceKeyCache.Entry a = cache.entry(master, "a", epoch, Algorithm.ASCON_AEAD128);
      Aead.Context inUse = a.take();
      cache.entry(master, "b", epoch, Algorithm.ASCON_AEAD128); // evicts a meanwhile
      assertThat(inUse.isDestroyed()).isFalse(); // the record in flight still completes
      a.give(inUse);
      assertThat(inUse.isDestroyed()).isTrue();
      assertThat(a.hasIdleContext()).isFalse();
    }
  }

  @Test
  void aSecondContextOfOneKeyIsDestroyedNotKept() {
    try (DeviceKeyCache cache = new DeviceKeyCache(4)) {
      DeviceKeyCache.Entry a = cache.entry(master, "a", epoch, Algorithm.AES_256_GCM);
      Aead.Context first = a.take();
      Aead.Context second = a.take(); // another thread, same device, same time
      assertThat(second).isNotSameAs(first);
      a.give(first);
      a.give(second);
      assertThat(first.isDestroyed()).isFalse();
      assertThat(second.isDestroyed()).isTrue();
      assertThat(a.take()).isSameAs(first);
    }
  }

  @Test
  void forgetAndCloseDestroyContexts() {
    MasterKey other = Fixtures.masterKey(2);
    DeviceKeyCache cache = new DeviceKeyCache(8);
    DeviceKeyCache.Entry mine = cache.entry(master, "a", epoch, Algorithm.AES_256_GCM);
    DeviceKeyCache.Entry theirs = cache.entry(other, "a", epoch, Algorithm.AES_256_GCM);
    Aead.Context myContext = mine.take();
    mine.give(myContext);
    Aead.Context theirContext = theirs.take();
    theirs.give(theirContext);
    cache.forget(master.keyId());
    assertThat(myContext.isDestroyed()).isTrue();
    assertThat(theirContext.isDestroyed()).isFalse();
    cache.close();
    assertThat(theirContext.isDestroyed()).isTrue();
  }

  @Test
  void cachedContextSealsWhatAFreshCacheSeals() {
    // Same sequences, same clock: the second record of each device goes through a cached
    // context in one sealer and through a fresh cache (fresh context) in the other.
    byte[] payload = Fixtures.payload(100);
    for (Algorithm algorithm : Algorithm.values()) {
      try (EnvelopeSealer warm = Fixtures.sealer(master, algorithm)) {
        byte[] firstWarm = warm.seal(Fixtures.TOPIC, "d", payload);
        byte[] secondWarm = warm.seal(Fixtures.TOPIC, "d", payload);
        byte[] firstCold;
        byte[] secondCold;
        try (EnvelopeSealer cold =
            new EnvelopeSealer(
                GatewayKeySource.fixed(master, Fixtures.HOURLY, algorithm),
                new DeviceSequences(() -> Fixtures.FIRST_SEQUENCE),
                Fixtures.CLOCK,
                new DeviceKeyCache(1))) {
          firstCold = cold.seal(Fixtures.TOPIC, "d", payload);
          cold.seal(Fixtures.TOPIC, "other", payload); // evicts d: the next is a fresh context
          secondCold = cold.seal(Fixtures.TOPIC, "d", payload);
        }
        assertThat(firstWarm).isEqualTo(firstCold);
        assertThat(secondWarm).isEqualTo(secondCold);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void manyThreadsSealAndOpenThroughSharedCachesWhileTheyEvict(Algorithm algorithm)
      throws Exception {
    int threads = 8;
    int devicesPerThread = 24;
    int rounds = 30;
    // Capacity far below the 192 device keys: entries are evicted while other threads use them.
    // The opener's devices are shared across threads on purpose (thread t also opens t+1's).
    try (EnvelopeSealer sealer =
            new EnvelopeSealer(
                GatewayKeySource.fixed(master, Fixtures.HOURLY, algorithm),
                new DeviceSequences(),
                Clock.systemUTC(),
                new DeviceKeyCache(16));
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(master), new DeviceKeyCache(16))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  int opened = 0;
                  for (int round = 0; round < rounds; round++) {
                    for (int d = 0; d < devicesPerThread; d++) {
                      String device = "pmu-" + thread + "-" + d;
                      byte[] payload = (device + "/" + round).getBytes();
                      byte[] envelope = sealer.seal(Fixtures.TOPIC, device, payload);
                      OpenResult result = opener.open(Fixtures.TOPIC, envelope);
                      assertThat(result).isInstanceOf(Accepted.class);
                      assertThat(((Accepted) result).payload()).isEqualTo(payload);
                      assertThat(((Accepted) result).deviceId()).isEqualTo(device);
                      byte[] tampered = envelope.clone();
                      tampered[tampered.length - 1] ^= 1;
                      assertThat(opener.open(Fixtures.TOPIC, tampered))
                          .isInstanceOf(Rejected.class);
                      opened++;
                    }
                  }
                  return opened;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();
      assertThat(total).isEqualTo(threads * devicesPerThread * rounds);
    }
  }

  @Test
  void manyThreadsOnFewDevicesShareContextsSafely() throws Exception {
    // Several threads on the same few device keys (a large cache: nothing evicted), so one
    // entry's context is taken and given back by different threads in turn.
    int threads = 8;
    try (EnvelopeSealer sealer =
            new EnvelopeSealer(
                GatewayKeySource.fixed(master, Fixtures.HOURLY, Algorithm.AES_256_GCM),
                new DeviceSequences(),
                Clock.systemUTC(),
                new DeviceKeyCache(64));
        EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(master))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    String device = "shared-" + (i % 3);
                    byte[] payload = new byte[] {(byte) thread, (byte) i};
                    Accepted accepted =
                        (Accepted)
                            opener.open(
                                Fixtures.TOPIC, sealer.seal(Fixtures.TOPIC, device, payload));
                    assertThat(accepted.payload()).isEqualTo(payload);
                  }
                  return null;
                }));
      }
      for (Future<?> result : results) {
        result.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();
    }
  }
}
