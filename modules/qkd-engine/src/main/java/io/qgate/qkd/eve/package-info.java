/**
 * Eavesdroppers on the quantum channel, as changes to what Bob's detector sees. An {@link
 * io.qgate.qkd.eve.Eavesdropper} maps each photon number n of Alice's pulse to the clicks it causes
 * at Bob ({@link io.qgate.qkd.eve.ClickOutcome}: whose photons, and whether Eve learns the bit), so
 * a Monte-Carlo session can sample clicks directly instead of following every pulse. Attacks:
 * intercept-resend on a fraction of pulses (Bennett, Brassard 1984), photon-number splitting
 * (Brassard, Lütkenhaus, Mor, Sanders, PRL 85 1330 (2000)) and beam splitting (Bennett, Bessette,
 * Brassard, Salvail, Smolin, J. Cryptology 5 3 (1992)).
 */
package io.qgate.qkd.eve;
