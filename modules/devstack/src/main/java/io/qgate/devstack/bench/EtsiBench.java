package io.qgate.devstack.bench;

import io.qgate.devstack.pki.ClientTls;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * A closed-loop load generator for the ETSI GS QKD 014 API over mutual TLS: {@code clients}
 * threads, each with its own HTTP client(s), send one request after another for the warm-up and the
 * measured time. A request counts if it started and ended inside the measured window; only 200
 * answers count as served. Every answer is checked ({@link KeyLedger}).
 *
 * <p>After a 503 (pool empty) a client waits {@value #BACKOFF_503_MILLIS} ms, after any other
 * failure {@value #BACKOFF_ERROR_MILLIS} ms, as a well-behaved SAE would, rather than flooding the
 * KME with requests it cannot serve.
 */
public final class EtsiBench {

  static final long BACKOFF_503_MILLIS = 20;
  static final long BACKOFF_ERROR_MILLIS = 100;

  /** Keys per enc_keys request when dec mode reserves keys in the warm-up (max_key_per_request). */
  static final int RESERVE_BATCH = EtsiBenchSettings.MAX_KEYS_PER_REQUEST;

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final EtsiBenchSettings settings;
  private final PrintStream progress;
  private final KeyLedger ledger = new KeyLedger();
  private final LongAdder tlsConnections = new LongAdder();
  private final ConcurrentLinkedQueue<UUID> reserved = new ConcurrentLinkedQueue<>();
  private final AtomicLong reservedCount = new AtomicLong();
  private final AtomicLong dryAt = new AtomicLong(Long.MAX_VALUE);
  private long measureStart;
  private long measureEnd;

  /**
   * @param settings validated settings
   * @param progress where the phases are announced (stderr for JSON output)
   */
  public EtsiBench(EtsiBenchSettings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * Runs the warm-up and the measurement.
   *
   * @throws BenchException if the certificates cannot be read (bad input), nothing answers at the
   *     URL or the TLS handshake fails (cannot connect), or the KME refuses the status request of
   *     an SAE (failed)
   */
  public BenchResult run() {
    SSLContext masterTls = tls(settings.masterKeyStore());
    SSLContext slaveTls = settings.usesSlave() ? tls(settings.slaveKeyStore()) : null;
    long stored = preflight(masterTls, settings.masterSae(), settings.slaveSae());
    if (slaveTls != null) {
      preflight(slaveTls, settings.slaveSae(), settings.masterSae());
    }
    long preflightConnections = tlsConnections.sum();
    progress.printf(
        "ETSI 014 at %s: the pool for %s -> %s holds %,d keys of 256 bits%n",
        settings.url(), settings.masterSae(), settings.slaveSae(), stored);

    List<Client> clients = new ArrayList<>(settings.clients());
    for (int i = 0; i < settings.clients(); i++) {
      clients.add(new Client(masterTls, slaveTls));
    }
    long now = System.nanoTime();
    measureStart = now + settings.warmup().toNanos();
    measureEnd = measureStart + settings.measure().toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      Thread thread = new Thread(clients.get(i), "etsi-bench-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    progress.printf(
        "%s: %d clients, warm-up %d s%s, then %d s measured%n",
        settings.mode().label(),
        settings.clients(),
        settings.warmup().toSeconds(),
        settings.mode() == BenchMode.DEC
            ? " (reserving keys, " + RESERVE_BATCH + " a request)"
            : "",
        settings.measure().toSeconds());

    sleepUntil(measureStart);
    long cpu0 = processCpuNanos();
    long[] machine0 = machineTicks();
    long connections0 = tlsConnections.sum();
    long windowStart = System.nanoTime();
    if (settings.mode() == BenchMode.DEC) {
      progress.printf("reserved %,d keys; measuring%n", reservedCount.get());
    }
    while (System.nanoTime() < Math.min(measureEnd, dryAt.get())) {
      sleepUntil(Math.min(System.nanoTime() + 100_000_000L, Math.min(measureEnd, dryAt.get())));
    }
    long windowEnd = Math.min(measureEnd, dryAt.get());
    long cpu1 = processCpuNanos();
    long[] machine1 = machineTicks();
    long connections1 = tlsConnections.sum();
    long sampled = System.nanoTime();
    join(threads);

    double seconds = (windowEnd - measureStart) / 1e9;
    List<ModeResult> modes = new ArrayList<>();
    if (settings.mode() != BenchMode.DEC) {
      modes.add(ModeResult.merge("enc", seconds, clients.stream().map(c -> c.enc).toList()));
    }
    if (settings.mode() != BenchMode.ENC) {
      modes.add(ModeResult.merge("dec", seconds, clients.stream().map(c -> c.dec).toList()));
    }
    String note = null;
    if (dryAt.get() < measureEnd) {
      note =
          String.format(
              "the %,d keys reserved in the warm-up ran out after %.1f s of %d: a longer"
                  + " --warmup reserves more",
              reservedCount.get(), seconds, settings.measure().toSeconds());
    }
    double wall = Math.max(1, sampled - windowStart);
    return new BenchResult(
        settings,
        List.copyOf(modes),
        stored,
        reservedCount.get(),
        tlsConnections.sum() - preflightConnections,
        connections1 - connections0,
        cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / wall,
        busy(machine0, machine1),
        Runtime.getRuntime().availableProcessors(),
        ledger.issuedCount(),
        ledger.deliveredCount(),
        ledger.duplicates(),
        ledger.mismatches(),
        ledger.examples(),
        note);
  }

  /** One client: its SAE connections and what it saw. */
  private final class Client implements Runnable {

    private final EtsiClient master;
    private final EtsiClient slave;
    final ModeStats enc = new ModeStats();
    final ModeStats dec = new ModeStats();

    Client(SSLContext masterTls, SSLContext slaveTls) {
      master = new EtsiClient(settings.url(), masterTls, REQUEST_TIMEOUT, tlsConnections);
      slave =
          slaveTls == null
              ? null
              : new EtsiClient(settings.url(), slaveTls, REQUEST_TIMEOUT, tlsConnections);
    }

    @Override
    public void run() {
      try {
        while (true) {
          long now = System.nanoTime();
          if (now >= measureEnd || now >= dryAt.get()) {
            return;
          }
          switch (settings.mode()) {
            case ENC -> enc(settings.number(), false, true);
            case BOTH -> {
              List<UUID> ids = enc(settings.number(), true, true);
              if (!ids.isEmpty()) {
                dec(ids, true);
              }
            }
            case DEC -> {
              if (now < measureStart) {
                reserveAndWarm();
              } else {
                measuredDec();
              }
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        master.close();
        if (slave != null) {
          slave.close();
        }
      }
    }

    /**
     * dec mode's warm-up: reserve a batch, fetch one key of the queue to warm dec_keys up. Neither
     * request is measured, even if it ends (or, for the fetch, starts) after the warm-up.
     */
    private void reserveAndWarm() throws InterruptedException {
      List<UUID> ids = enc(RESERVE_BATCH, true, false);
      reserved.addAll(ids);
      reservedCount.addAndGet(ids.size());
      if (System.nanoTime() >= measureStart) {
        return;
      }
      UUID one = reserved.poll();
      if (one != null) {
        reservedCount.decrementAndGet();
        dec(List.of(one), false);
      }
    }

    private void measuredDec() throws InterruptedException {
      List<UUID> ids = new ArrayList<>(settings.number());
      while (ids.size() < settings.number()) {
        UUID id = reserved.poll();
        if (id == null) {
          dryAt.accumulateAndGet(System.nanoTime(), Math::min);
          return;
        }
        ids.add(id);
      }
      dec(ids, true);
    }

    /**
     * enc_keys as the master; the key_IDs issued (empty if the request failed). Counted in the
     * results if {@code measurable} and inside the window.
     */
    private List<UUID> enc(int number, boolean keepForDelivery, boolean measurable)
        throws InterruptedException {
      long start = System.nanoTime();
      EtsiClient.Answer answer;
      try {
        answer = master.encKeys(settings.slaveSae(), number, settings.sizeBits());
      } catch (IOException e) {
        failed(enc, measurable, start, e);
        return List.of();
      }
      long end = System.nanoTime();
      if (answer.status() != 200) {
        refused(enc, measurable && measured(start, end), answer);
        return List.of();
      }
      List<EtsiKey> keys;
      try {
        keys = EtsiKey.parseContainer(answer.body());
      } catch (IllegalArgumentException e) {
        ledger.invalidAnswer("enc_keys answered 200 with " + e.getMessage());
        return List.of();
      }
      if (measurable && measured(start, end)) {
        enc.served(end - start, keys.size());
      }
      ledger.issued(keys, number, settings.sizeBits(), keepForDelivery);
      return keys.stream().map(EtsiKey::keyId).toList();
    }

    /** dec_keys of {@code ids} as the slave, checked against what enc_keys returned. */
    private void dec(List<UUID> ids, boolean measurable) throws InterruptedException {
      long start = System.nanoTime();
      EtsiClient.Answer answer;
      try {
        answer = slave.decKeys(settings.masterSae(), ids);
      } catch (IOException e) {
        failed(dec, measurable, start, e);
        return;
      }
      long end = System.nanoTime();
      if (answer.status() != 200) {
        refused(dec, measurable && measured(start, end), answer);
        return;
      }
      List<EtsiKey> keys;
      try {
        keys = EtsiKey.parseContainer(answer.body());
      } catch (IllegalArgumentException e) {
        ledger.invalidAnswer("dec_keys answered 200 with " + e.getMessage());
        return;
      }
      if (measurable && measured(start, end)) {
        dec.served(end - start, keys.size());
      }
      ledger.checkDelivered(ids, keys);
    }

    private void refused(ModeStats stats, boolean counted, EtsiClient.Answer answer)
        throws InterruptedException {
      if (counted) {
        stats.status(answer.status(), EtsiKey.errorMessage(answer.body()));
      }
      Thread.sleep(answer.status() == 503 ? BACKOFF_503_MILLIS : BACKOFF_ERROR_MILLIS);
    }

    private void failed(ModeStats stats, boolean measurable, long start, IOException e)
        throws InterruptedException {
      if (measurable && measured(start, System.nanoTime())) {
        stats.error(describe(e));
      }
      Thread.sleep(BACKOFF_ERROR_MILLIS);
    }
  }

  /** Started and ended inside the measured window. */
  private boolean measured(long start, long end) {
    return start >= measureStart && end <= measureEnd && end <= dryAt.get();
  }

  private SSLContext tls(Path keyStore) {
    try {
      SSLContext context = ClientTls.sslContext(keyStore, settings.password(), settings.caPem());
      return context;
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new BenchException(
          BenchException.Kind.BAD_INPUT,
          "cannot use " + keyStore + " with " + settings.caPem() + ": " + oneLine(cause));
    }
  }

  /** GET status as {@code caller} towards {@code peer}; the pool's stored_key_count. */
  private long preflight(SSLContext tls, String caller, String peer) {
    EtsiClient.Answer answer;
    try (EtsiClient client = new EtsiClient(settings.url(), tls, REQUEST_TIMEOUT, tlsConnections)) {
      answer = client.status(peer);
    } catch (IOException e) {
      throw new BenchException(
          BenchException.Kind.CANNOT_CONNECT,
          "cannot reach the ETSI 014 API at "
              + settings.url()
              + " as "
              + caller
              + ": "
              + describe(e));
    }
    if (answer.status() != 200) {
      throw new BenchException(
          BenchException.Kind.FAILED,
          "GET /api/v1/keys/"
              + peer
              + "/status as "
              + caller
              + " answered "
              + answer.status()
              + ": "
              + EtsiKey.errorMessage(answer.body()));
    }
    try {
      if (Json.parse(answer.body()) instanceof Map<?, ?> status
          && status.get("stored_key_count") instanceof BigDecimal count) {
        return count.longValue();
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new BenchException(
        BenchException.Kind.FAILED,
        "GET /api/v1/keys/" + peer + "/status answered 200 without a stored_key_count");
  }

  /** An I/O failure on one line: what kind, and the message of its root. */
  static String describe(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timed out after " + EtsiClient.CONNECT_TIMEOUT.toSeconds() + " s";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
    }
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    Throwable described = null;
    for (Throwable t : chain) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host";
      }
      if (described == null && t.getMessage() != null && !t.getMessage().isBlank()) {
        described = t;
      }
    }
    for (Throwable t : chain) {
      if (t instanceof SSLException) {
        return "TLS handshake failed (" + oneLine(t) + ")";
      }
      if (t instanceof ConnectException) {
        return "connection refused";
      }
    }
    return oneLine(described != null ? described : e);
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message).strip();
  }

  private static void sleepUntil(long nanoTime) {
    long wait;
    while ((wait = nanoTime - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void join(List<Thread> threads) {
    long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos() + 5_000_000_000L;
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      thread.interrupt(); // a request still hanging past the deadline
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** {busy, total} jiffies of all cores from /proc/stat, or null where there is none. */
  static long[] machineTicks() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      return ticks(first);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** {busy, total} of a /proc/stat {@code cpu} line (idle and iowait are not busy). */
  static long[] ticks(String cpuLine) {
    String[] fields = cpuLine.trim().split("\\s+");
    if (!fields[0].equals("cpu") || fields.length < 5) {
      throw new IllegalArgumentException("not a /proc/stat cpu line: " + cpuLine);
    }
    long total = 0;
    // user nice system idle iowait irq softirq steal (guest times are inside user and nice)
    for (int i = 1; i < Math.min(fields.length, 9); i++) {
      total += Long.parseLong(fields[i]);
    }
    long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
    return new long[] {total - idle, total};
  }

  static double busy(long[] before, long[] after) {
    if (before == null || after == null || after[1] <= before[1]) {
      return Double.NaN;
    }
    return (double) (after[0] - before[0]) / (after[1] - before[1]);
  }
}
