/**
 * Information reconciliation by Cascade (Brassard and Salvail 1993) with the block-size schedules
 * studied by Martinez-Mateo et al. (2015); reports the disclosed parity bits that privacy
 * amplification must subtract.
 */
package io.qgate.qkd.reconciliation;
