/**
 * Sifting: after the quantum transmission Alice and Bob announce their measurement settings (and,
 * with decoys, Alice her intensity per pulse) and keep the detections whose settings agree. BB84
 * keeps matching bases (Bennett, Brassard 1984); decoy-state BB84 routes the key basis X to the raw
 * key and the test basis Z to parameter estimation, per intensity class (Lim et al., PRA 89 022307
 * (2014)); E91 keeps the key setting pair and routes the CHSH pairs to the Bell test (Acín et al.,
 * PRL 98 230501 (2007)); SARG04 keeps Bob's conclusive results, the bit being which state of
 * Alice's announced pair (Scarani et al., PRL 92 057901 (2004)). Detections arrive in chunks and
 * the sifted bits fill blocks of a fixed size, so memory is bounded by the block, not by the
 * session.
 */
package io.qgate.qkd.sifting;
