package io.qgate.qkd.session;

import io.qgate.qkd.amplification.PrivacyAmplification;
import io.qgate.qkd.authentication.Transcript;
import io.qgate.qkd.bits.BitArray;
import io.qgate.qkd.finitekey.FiniteKeyLength;
import io.qgate.qkd.information.ShannonEntropy;
import io.qgate.qkd.reconciliation.Reconciler;
import io.qgate.qkd.reconciliation.ReconciliationResult;
import io.qgate.qkd.verification.ErrorVerification;
import io.qgate.qkd.verification.VerificationResult;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * The chain every protocol shares once its raw key and estimate are ready: error correction, error
 * verification (ε_cor), the finite-key length from the leak actually disclosed, authentication of
 * the block's classical messages, and Toeplitz privacy amplification on both sides with the same
 * public seed.
 */
final class Distillation {

  private final Reconciler reconciler;
  private final ErrorVerification verification;
  private final AuthenticatedChannel channel;
  private final SplittableRandom publicRandom;
  private final boolean keepKeys;

  Distillation(
      Reconciler reconciler,
      ErrorVerification verification,
      AuthenticatedChannel channel,
      SplittableRandom publicRandom,
      boolean keepKeys) {
    this.reconciler = reconciler;
    this.verification = verification;
    this.channel = channel;
    this.publicRandom = publicRandom;
    this.keepKeys = keepKeys;
  }

  /**
   * Distils Alice's and Bob's raw keys into the report.
   *
   * @param qber the estimate Cascade sizes its blocks with
   * @param keyLength ℓ as a function of the bits error correction disclosed
   * @param disclosed the sample bits each side announced, for the authentication transcript
   */
  void run(
      BitArray alice,
      BitArray bob,
      double qber,
      LongFunction<FiniteKeyLength> keyLength,
      BitArray[] disclosed,
      BlockReport report) {
    int n = alice.length();
    report.keyBits = n;
    report.keyErrors = alice.hammingDistance(bob);
    ReconciliationResult ec = reconciler.reconcile(alice, bob, Math.min(Math.max(qber, 0), 0.49));
    report.disclosedBits = ec.disclosedBits();
    report.shannonBits = n * ShannonEntropy.binary((double) report.keyErrors / n);
    VerificationResult check = verification.verify(alice, ec.corrected(), publicRandom);
    report.verificationPassed = check.passed();
    if (!check.passed()) {
      report.abort =
          new Abort(
              Abort.Code.VERIFICATION_FAILED,
              "verification failed: the "
                  + check.disclosedBits()
                  + "-bit hashes of the reconciled keys differ (Cascade left errors)");
      return;
    }
    FiniteKeyLength length = keyLength.apply(ec.disclosedBits());
    report.keyLength = length;
    if (!channel.exchange(transcript(disclosed[0], report), transcript(disclosed[1], report))) {
      report.abort =
          new Abort(
              Abort.Code.AUTHENTICATION_FAILED, "authentication of the classical channel failed");
      return;
    }
    if (!length.enoughKey()) {
      report.shortfall = length.shortfall();
      return;
    }
    int ell = (int) Math.min(n, length.finalKeyBits());
    long seed = publicRandom.nextLong();
    BitArray aliceKey = PrivacyAmplification.apply(alice, ell, new SplittableRandom(seed)).key();
    BitArray bobKey =
        PrivacyAmplification.apply(ec.corrected(), ell, new SplittableRandom(seed)).key();
    report.finalKeyBits = ell;
    report.keysIdentical = aliceKey.equals(bobKey);
    if (keepKeys) {
      report.aliceKey = aliceKey;
      report.bobKey = bobKey;
    }
  }

  /** One side's announcements of the block: its disclosed sample and the public counts. */
  private static Transcript transcript(BitArray disclosed, BlockReport report) {
    long[] words = disclosed.toWords();
    ByteBuffer counts = ByteBuffer.allocate(8 * (words.length + 3));
    for (long w : words) {
      counts.putLong(w);
    }
    counts.putLong(disclosed.length()).putLong(report.disclosedBits).putLong(report.keyBits);
    return Transcript.of(counts.array());
  }
}
