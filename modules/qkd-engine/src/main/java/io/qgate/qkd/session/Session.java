package io.qgate.qkd.session;

import io.qgate.qkd.detector.PhotonNumberYields;
import io.qgate.qkd.detector.ThresholdDetector;
import io.qgate.qkd.estimation.QberEstimate;
import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.eve.Link;
import io.qgate.qkd.finitekey.DecoySettings;
import io.qgate.qkd.protocol.EntangledPairYields;
import io.qgate.qkd.protocol.Protocol;
import io.qgate.qkd.reconciliation.Cascade;
import io.qgate.qkd.sifting.Bb84Sifting;
import io.qgate.qkd.sifting.ChshSifting;
import io.qgate.qkd.sifting.Sarg04Sifting;
import io.qgate.qkd.sifting.SiftedBlock;
import io.qgate.qkd.sifting.SiftingRule;
import io.qgate.qkd.source.PoissonPhotonNumber;
import io.qgate.qkd.verification.ErrorVerification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A Monte-Carlo QKD session: raw bit strings on both sides, sifted into blocks, each block
 * estimated, checked against the protocol's QBER threshold, reconciled by Cascade, verified,
 * shortened to its finite-key length by Toeplitz hashing and paid for in authentication key. The
 * session stops at the first abort and then emits nothing; it also emits nothing (and says why)
 * when no block yields key. Blocks stream: only counters and the final keys outlive a block.
 */
public final class Session {

  private Session() {}

  public static SessionResult run(SessionConfig config) {
    return run(config, ProgressListener.NONE);
  }

  public static SessionResult run(SessionConfig config, ProgressListener progress) {
    long start = System.nanoTime();
    SplittableRandom root = new SplittableRandom(config.seed());
    SplittableRandom quantum = root.split();
    SplittableRandom publicRandom = root.split();
    AuthenticatedChannel channel = new AuthenticatedChannel(root.nextLong());
    Distillation distillation =
        new Distillation(
            new Cascade(config.cascade(), root.nextLong()),
            new ErrorVerification(ErrorVerification.tagBitsFor(config.security().epsilonCorrect())),
            channel,
            publicRandom,
            config.keepKeys());
    BlockProcessor processor = processor(config, distillation, publicRandom);
    BlockStream stream = new BlockStream(sampler(config, quantum), rule(config.protocol()));
    SiftedBlock block = new SiftedBlock(config.blockBits());
    SessionTotals totals = new SessionTotals();
    while (totals.abort == null && stream.next(block)) {
      totals.add(processor.process(block));
      progress.progress(stream.pulsesSent(), config.pulses());
    }
    return result(config, totals, processor, channel, System.nanoTime() - start);
  }

  static PulseSampler sampler(SessionConfig config, SplittableRandom random) {
    if (config.protocol() == Protocol.E91) {
      double f = config.eve() instanceof InterceptResendAttack ir ? ir.fraction() : 0;
      return new EntangledPairSampler(
          pairs(config), config.pulses(), config.keyBasisProbability(), f, random);
    }
    double eta = config.channelTransmittance();
    PhotonNumberYields yields = config.system().receiver().yields(eta, config.signalIntensity());
    Link link =
        new Link(
            eta,
            config.system().receiver().detector().efficiency(),
            yields.darkCount(),
            yields.misalignment(),
            config.signalIntensity());
    return new PrepareMeasureSampler(
        new ClickTable(config.classes(), link, config.eve()),
        config.pulses(),
        config.keyBasisProbability(),
        yields.misalignment(),
        config.protocol() == Protocol.SARG04,
        random);
  }

  /** The pair source in the middle: each side sees √η_ch (as {@code EntangledE91}). */
  static EntangledPairYields pairs(SessionConfig config) {
    ThresholdDetector detector = config.system().receiver().detector();
    double eta = Math.sqrt(config.channelTransmittance()) * detector.efficiency();
    double dark = detector.darkCountProbability();
    return new EntangledPairYields(
        config.signalIntensity() / 2,
        eta,
        eta,
        dark,
        dark,
        config.system().receiver().misalignment());
  }

  static SiftingRule rule(Protocol protocol) {
    return switch (protocol) {
      case BB84_DECOY -> Bb84Sifting.KEY_AND_TEST_BASES;
      case E91 -> new ChshSifting();
      case SARG04 -> new Sarg04Sifting();
      default -> Bb84Sifting.SYMMETRIC;
    };
  }

  private static BlockProcessor processor(
      SessionConfig config, Distillation distillation, SplittableRandom publicRandom) {
    double[] mu = config.intensities();
    double[] p = config.intensityProbabilities();
    return switch (config.protocol()) {
      case BB84_DECOY ->
          new DecoyBlockProcessor(
              new DecoySettings(mu[0], mu[1], mu[2], p[0], p[1], p[2]),
              config.keyBasisProbability(),
              config.security(),
              distillation);
      case E91 ->
          new E91BlockProcessor(
              config.sampleFraction(), config.security(), distillation, publicRandom);
      case SARG04 ->
          new Sarg04BlockProcessor(
              config.sampleFraction(),
              new PoissonPhotonNumber(mu[0]).multiPhotonProbability(),
              config.security(),
              distillation,
              publicRandom);
      default ->
          new Bb84BlockProcessor(
              config.sampleFraction(),
              new PoissonPhotonNumber(mu[0]).multiPhotonProbability(),
              config.security(),
              distillation,
              publicRandom);
    };
  }

  private static SessionResult result(
      SessionConfig config,
      SessionTotals t,
      BlockProcessor processor,
      AuthenticatedChannel channel,
      long elapsedNanos) {
    Abort abort = t.abort;
    if (abort == null && t.finalKeyBits == 0) {
      abort =
          new Abort(
              Abort.Code.NOT_ENOUGH_KEY,
              t.lastShortfall != null ? t.lastShortfall : "not enough key: no detections");
    }
    boolean emitted = abort == null;
    Map<String, Double> details = new LinkedHashMap<>(processor.details());
    details.putAll(AnalyticReference.of(config));
    double qber = t.qberBits == 0 ? Double.NaN : (double) t.qberErrors / t.qberBits;
    double upper =
        t.qberBits == 0 || t.siftedBits <= t.sampleBits
            ? Double.NaN
            : new QberEstimate(
                    t.siftedBits - t.sampleBits,
                    t.qberBits,
                    t.qberErrors,
                    Math.pow(config.security().epsilonSecret() / 4, 2))
                .upperBound();
    return new SessionResult(
        config,
        t.pulses,
        t.detections,
        t.siftedBits,
        t.sampleBits,
        qber,
        t.qberBits,
        upper,
        processor.qberThreshold(),
        t.siftedKeyBits == 0 ? Double.NaN : (double) t.siftedKeyErrors / t.siftedKeyBits,
        t.keyBits,
        t.disclosedBits,
        t.shannonBits > 0 ? t.disclosedBits / t.shannonBits : Double.NaN,
        t.verificationPassed,
        emitted ? t.finalKeyBits : 0,
        channel.consumedBits(),
        emitted && t.keysIdentical,
        t.blocks,
        t.blocksWithKey,
        abort,
        t.eveKnownKeyBits,
        details,
        emitted ? List.copyOf(t.aliceKeys) : List.of(),
        emitted ? List.copyOf(t.bobKeys) : List.of(),
        elapsedNanos,
        t.maxSiftedKeyBits);
  }
}
