/**
 * Authentication of the classical channel. QKD needs an authenticated channel for sifting,
 * estimation, reconciliation and privacy amplification; without it Eve simply sits in the middle.
 * Wegman–Carter authentication (J. Comput. Syst. Sci. 22, 265 (1981)) gives information-theoretic
 * tags from a short pre-shared key, which QKD then replenishes: the key it consumes is accounted
 * here so that a session subtracts it from its net output.
 */
package io.qgate.qkd.authentication;
