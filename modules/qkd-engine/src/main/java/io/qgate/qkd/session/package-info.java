/**
 * Monte-Carlo QKD sessions: raw bit strings on both sides and the whole distillation chain. Clicks
 * are sampled, not pulses: the gap to the next click is geometric with the click probability, and
 * each click's intensity class, photon number and cause (Alice's photons, background, Eve's
 * re-prepared photons) are drawn conditioned on it, so 10^10 pulses cost only their detections.
 * Detections are sifted into blocks of a fixed number of key bits; each block goes through
 * parameter estimation, the abort test against the protocol's threshold, Cascade, error
 * verification, the finite-key length (Tomamichel 2012 with GLLP tagging for BB84 and, with the
 * single-photon leak of Branciard et al. 2005, SARG04; Lim 2014 for decoy BB84, Acín 2007 for E91),
 * Toeplitz privacy amplification and Wegman–Carter authentication. Only counters and final keys
 * outlive a block; an aborted session emits nothing.
 */
package io.qgate.qkd.session;
