package io.qgate.bench;

import io.qgate.certification.domain.CertificationRequirement;
import io.qgate.certification.domain.CertificationScheme;
import io.qgate.certification.domain.CertificationTerms;
import io.qgate.certification.domain.Device;
import io.qgate.certification.domain.DeviceKind;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.policy.application.PolicyDecisionPoint;
import io.qgate.policy.domain.AeadAlgorithm;
import io.qgate.policy.domain.Decision;
import io.qgate.policy.domain.KeyClass;
import io.qgate.policy.domain.PolicyDomain;
import io.qgate.policy.domain.PolicyQuestion;
import io.qgate.policy.domain.PolicyQuestion.DeviceKeyDerivation;
import io.qgate.policy.domain.PolicyQuestion.KeyIssuance;
import io.qgate.policy.domain.PolicyQuestion.TelemetryDecryption;
import io.qgate.policy.domain.PolicyQuestion.TelemetryEncryption;
import io.qgate.policy.domain.PolicyRepository;
import io.qgate.policy.domain.PolicyRevision;
import io.qgate.policy.domain.PolicyRules;
import io.qgate.policy.domain.PolicyScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one {@link PolicyDecisionPoint#decide} on the cached path: the policies and the
 * standings of all {@code devices} registered devices are in the decision point's caches (warmed in
 * setup), so a decision costs the cache lookups and the rules, as in the platform between two
 * policy or certification changes. The repositories are in-memory fakes; only cache misses would
 * reach them.
 *
 * <p>Mix, cycled through 4096 pre-built questions over random devices: KeyIssuance,
 * DeviceKeyDerivation (an IEC 62443-4-2 SL 2 certified grid device), TelemetryEncryption (a FIPS
 * 140-3 certified health device) and TelemetryDecryption, a quarter each; one question in 16 is
 * denied (key class not allowed, expired certification, cipher not allowed, reader without the
 * role), which builds the denial text. The teardown fails the run if any decision missed the cache.
 * {@code decide} runs on one thread, {@code decideTwoThreads} on two sharing the decision point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PolicyDecisionBenchmark {

  private static final int QUESTIONS = 4096;
  private static final PolicyScope GRID = new PolicyScope(Tenant.UTILITY, PolicyDomain.GRID);
  private static final PolicyScope HEALTH = new PolicyScope(Tenant.HOSPITAL, PolicyDomain.HEALTH);
  private static final PolicyScope INDUSTRIAL =
      new PolicyScope(Tenant.PLANT, PolicyDomain.INDUSTRIAL);

  @Param({"10000"})
  public int devices;

  private PolicyDecisionPoint decisionPoint;
  private PolicyQuestion[] questions;
  private InMemoryDevices registry;

  /** Each thread walks the questions from its own starting point. */
  @State(Scope.Thread)
  public static class Cursor {
    int next = new SplittableRandom().nextInt(QUESTIONS);
  }

  @Setup
  public void setUp() {
    InMemoryPolicies policies = new InMemoryPolicies();
    policies.add(
        PolicyRevision.first(
            GRID,
            rules(
                Set.of(KeyClass.QKD, KeyClass.HYBRID),
                0.06,
                60,
                100_000,
                Set.of(AeadAlgorithm.AES_256_GCM, AeadAlgorithm.ASCON_AEAD128),
                CertificationScheme.IEC_62443_4_2,
                Set.of("grid-operator", "security-officer"),
                false,
                90),
            "bench",
            "default policy"));
    policies.add(
        PolicyRevision.first(
            HEALTH,
            rules(
                Set.of(KeyClass.QKD, KeyClass.HYBRID),
                0.05,
                300,
                50_000,
                Set.of(AeadAlgorithm.AES_256_GCM),
                CertificationScheme.FIPS_140_3,
                Set.of("hospital-operator"),
                true,
                2190),
            "bench",
            "default policy"));
    policies.add(
        PolicyRevision.first(
            INDUSTRIAL,
            rules(
                Set.of(KeyClass.QKD, KeyClass.HYBRID, KeyClass.PQC),
                0.07,
                600,
                500_000,
                Set.of(AeadAlgorithm.AES_256_GCM, AeadAlgorithm.ASCON_AEAD128),
                CertificationScheme.IEC_62443_4_2,
                Set.of("plant-operator", "security-officer"),
                false,
                365),
            "bench",
            "default policy"));

    Instant now = Instant.now();
    InMemoryDevices registry = new InMemoryDevices();
    List<String> gridDevices = new ArrayList<>();
    List<String> healthDevices = new ArrayList<>();
    List<String> expired = new ArrayList<>();
    for (int i = 0; i < devices; i++) {
      boolean grid = i % 2 == 0;
      String id = (grid ? "pmu-" : "monitor-") + i;
      Device device =
          new Device(
              id,
              grid ? Tenant.UTILITY : Tenant.HOSPITAL,
              grid ? PolicyDomain.GRID : PolicyDomain.HEALTH,
              grid ? DeviceKind.PMU : DeviceKind.BEDSIDE_MONITOR,
              "device " + i);
      boolean lapsed = i % 97 == 0;
      device.certify(
          new CertificationTerms(
              grid ? CertificationScheme.IEC_62443_4_2 : CertificationScheme.FIPS_140_3,
              2,
              "bench lab",
              "C-" + i,
              now.minus(Duration.ofDays(400)),
              lapsed ? now.minus(Duration.ofDays(35)) : now.plus(Duration.ofDays(330))));
      registry.add(device);
      (lapsed ? expired : grid ? gridDevices : healthDevices).add(id);
    }

    decisionPoint = new PolicyDecisionPoint(policies, registry, Clock.systemUTC());
    SplittableRandom random = new SplittableRandom(62443);
    questions = new PolicyQuestion[QUESTIONS];
    for (int i = 0; i < QUESTIONS; i++) {
      boolean deny = (i / 4) % 16 == 15; // one group of the four kinds in 16
      String grid = pick(random, gridDevices);
      String health = pick(random, healthDevices);
      questions[i] =
          switch (i % 4) {
            case 0 ->
                new KeyIssuance(
                    GRID,
                    "sae-substation-" + random.nextInt(40),
                    "key-" + i,
                    deny ? KeyClass.PQC : KeyClass.QKD,
                    0.021);
            case 1 ->
                new DeviceKeyDerivation(
                    GRID,
                    "gateway-" + random.nextInt(20),
                    deny ? pick(random, expired) : grid,
                    KeyClass.HYBRID);
            case 2 ->
                new TelemetryEncryption(
                    HEALTH,
                    "gateway-ward-" + random.nextInt(10),
                    health,
                    deny ? AeadAlgorithm.ASCON_AEAD128 : AeadAlgorithm.AES_256_GCM,
                    Duration.ofSeconds(random.nextInt(300)),
                    random.nextInt(50_000));
            default ->
                new TelemetryDecryption(
                    HEALTH,
                    "nurse-" + random.nextInt(100),
                    deny ? Set.of("grid-operator") : Set.of("hospital-operator"),
                    true,
                    health);
          };
    }
    for (String id : registry.devices.keySet()) { // caches the standing of every device
      decisionPoint.decide(new DeviceKeyDerivation(GRID, "warm-up", id, KeyClass.QKD));
    }
    int allowed = 0;
    for (PolicyQuestion question : questions) {
      if (decisionPoint.decide(question).allowed()) {
        allowed++;
      }
    }
    if (allowed != QUESTIONS - QUESTIONS / 16) {
      throw new IllegalStateException(allowed + " of " + QUESTIONS + " questions allowed");
    }
    this.registry = registry;
    registry.lookups = 0;
  }

  /** Fails the run if a decision missed the cache and went to the repository. */
  @TearDown
  public void requireCachedPath() {
    if (registry.lookups != 0) {
      throw new IllegalStateException(registry.lookups + " decisions missed the device cache");
    }
  }

  @Benchmark
  public Decision decide(Cursor cursor) {
    return decisionPoint.decide(questions[cursor.next++ & (QUESTIONS - 1)]);
  }

  @Benchmark
  @Threads(2)
  public Decision decideTwoThreads(Cursor cursor) {
    return decisionPoint.decide(questions[cursor.next++ & (QUESTIONS - 1)]);
  }

  private static String pick(SplittableRandom random, List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static PolicyRules rules(
      Set<KeyClass> keyClasses,
      double maxQber,
      int maxKeyAgeSeconds,
      long maxMessages,
      Set<AeadAlgorithm> algorithms,
      CertificationScheme scheme,
      Set<String> readers,
      boolean auditEveryRead,
      int retentionDays) {
    return new PolicyRules(
        keyClasses,
        maxQber,
        Duration.ofSeconds(maxKeyAgeSeconds),
        maxMessages,
        algorithms,
        Optional.of(new CertificationRequirement(scheme, 2)),
        readers,
        auditEveryRead,
        retentionDays);
  }

  private static final class InMemoryPolicies implements PolicyRepository {
    private final Map<PolicyScope, List<PolicyRevision>> revisions = new HashMap<>();

    @Override
    public Optional<PolicyRevision> current(PolicyScope scope) {
      List<PolicyRevision> history = history(scope);
      return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public List<PolicyRevision> allCurrent() {
      return revisions.keySet().stream().map(this::current).flatMap(Optional::stream).toList();
    }

    @Override
    public List<PolicyRevision> history(PolicyScope scope) {
      return List.copyOf(revisions.getOrDefault(scope, List.of()));
    }

    @Override
    public Optional<PolicyRevision> revision(PolicyScope scope, int version) {
      return history(scope).stream().filter(r -> r.version() == version).findFirst();
    }

    @Override
    public void add(PolicyRevision revision) {
      revisions.computeIfAbsent(revision.scope(), s -> new ArrayList<>()).add(revision);
    }
  }

  private static final class InMemoryDevices implements DeviceRepository {
    private final Map<String, Device> devices = new HashMap<>();
    int lookups;

    @Override
    public Optional<Device> find(String id) {
      lookups++;
      return Optional.ofNullable(devices.get(id));
    }

    @Override
    public void add(Device device) {
      devices.put(device.id(), device);
    }

    @Override
    public Page<Device> list(TenantScope scope, PageRequest page) {
      throw new UnsupportedOperationException("not needed by the decision point");
    }

    @Override
    public Page<Device> listExpiring(
        TenantScope scope, Instant from, Instant by, PageRequest page) {
      throw new UnsupportedOperationException("not needed by the decision point");
    }

    @Override
    public List<Device> withCertificationsExpiringBefore(Tenant tenant, Instant by) {
      throw new UnsupportedOperationException("not needed by the decision point");
    }
  }
}
