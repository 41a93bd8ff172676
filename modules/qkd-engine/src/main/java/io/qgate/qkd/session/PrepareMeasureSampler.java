package io.qgate.qkd.session;

import io.qgate.qkd.eve.ClickKind;
import io.qgate.qkd.eve.EveKnowledge;
import io.qgate.qkd.sifting.Detections;
import java.util.SplittableRandom;

/**
 * BB84 with a weak coherent source, click by click: the gap to the next click is geometric with the
 * click probability Σ_k p_k Q_k; the click's intensity class, photon number and cause are drawn
 * conditioned on a click ({@link ClickTable}); then the bases (X with probability p_X each, chosen
 * independently of the click since Bob's choice is passive), Alice's bit and Bob's bit. Photon
 * clicks in Alice's basis are wrong with e_det, background clicks with ½ (Ma et al. 2005). For
 * SARG04 Alice also draws the pair she will announce: the other-basis value, in bit 1 of her
 * setting ({@link io.qgate.qkd.sifting.Sarg04Sifting}).
 */
final class PrepareMeasureSampler implements PulseSampler {

  private final ClickTable table;
  private final SplittableRandom random;
  private final GeometricGaps gaps;
  private final long keyBasisThreshold; // a 24-bit uniform below it picks basis X
  private final double misalignment;
  private final boolean announcesPair;

  PrepareMeasureSampler(
      ClickTable table,
      long pulses,
      double keyBasisProbability,
      double misalignment,
      boolean announcesPair,
      SplittableRandom random) {
    this.table = table;
    this.random = random;
    this.gaps = new GeometricGaps(table.clickProbability(), pulses);
    this.keyBasisThreshold = Math.round(keyBasisProbability * (1 << 24));
    this.misalignment = misalignment;
    this.announcesPair = announcesPair;
  }

  @Override
  public void fill(Detections chunk) {
    while (!chunk.full()) {
      long pulse = gaps.next(random);
      if (pulse < 0) {
        return;
      }
      int event = table.sample(random);
      long r = random.nextLong();
      int aliceBasis = (r >>> 40) < keyBasisThreshold ? 0 : 1;
      int bobBasis = (r >>> 16 & 0xFFFFFF) < keyBasisThreshold ? 0 : 1;
      int aliceBit = (int) r & 1;
      int noise = (int) (r >>> 1) & 1; // Bob's bit when his outcome is random
      int eveBasis = (int) (r >>> 2) & 1;
      int eveNoise = (int) (r >>> 3) & 1;
      int bobBit;
      ClickKind kind = table.kind(event);
      if (kind == ClickKind.SIGNAL) {
        bobBit = aliceBasis == bobBasis ? aliceBit ^ flip() : noise;
      } else if (kind == ClickKind.RESENT) {
        int eveBit = eveBasis == aliceBasis ? aliceBit : eveNoise;
        bobBit = eveBasis == bobBasis ? eveBit ^ flip() : noise;
      } else {
        bobBit = noise;
      }
      int pair = announcesPair ? (int) (r >>> 4) & 1 : 0;
      int flags = Detections.flags(aliceBasis | pair << 1, bobBasis, aliceBit, bobBit);
      EveKnowledge knowledge = table.knowledge(event);
      if (knowledge == EveKnowledge.BIT
          || (knowledge == EveKnowledge.BIT_IF_BASIS_GUESSED && eveBasis == aliceBasis)) {
        flags |= Detections.EAVESDROPPED;
      }
      if (table.photons(event) == 1) {
        flags |= Detections.SINGLE_PHOTON;
      }
      chunk.add(pulse, table.intensity(event), flags);
    }
  }

  private int flip() {
    return random.nextDouble() < misalignment ? 1 : 0;
  }

  @Override
  public long pulsesSent() {
    return gaps.pulsesSent();
  }

  @Override
  public boolean exhausted() {
    return gaps.exhausted();
  }
}
