package io.qgate.vault.domain.monitoring;

/**
 * What a link measures in one window (a runner tick), before any of its key is kept.
 *
 * @param qber the QBER of the sifted key
 * @param siftedBitsPerSecond sifted key rate
 * @param secretBitsPerSecond secret key rate after error correction and privacy amplification
 * @param chsh the CHSH value S (E91 links), else null
 * @param singlePhotonYield the decoy-state estimate of Y1 (decoy links), else null
 * @param expectedSinglePhotonYield the same estimate for the honest channel of the link's design
 */
public record LinkObservation(
    double qber,
    double siftedBitsPerSecond,
    double secretBitsPerSecond,
    Double chsh,
    Double singlePhotonYield,
    Double expectedSinglePhotonYield) {

  public static LinkObservation of(double qber, double sifted, double secret) {
    return new LinkObservation(qber, sifted, secret, null, null, null);
  }
}
