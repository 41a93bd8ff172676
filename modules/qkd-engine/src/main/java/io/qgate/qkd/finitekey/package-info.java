/**
 * Finite-key secret key lengths: how many bits privacy amplification may output from a finite block
 * so that the key is ε_sec-secret and ε_cor-correct. BB84 with a single-photon source after
 * Tomamichel, Lim, Gisin, Renner, Nat. Commun. 3, 634 (2012); decoy-state BB84 with weak coherent
 * pulses after Lim, Curty, Walenta, Xu, Zbinden, Phys. Rev. A 89, 022307 (2014). Each result keeps
 * its terms (entropy, leakage, penalties) so a user can see why a key is short or absent.
 */
package io.qgate.qkd.finitekey;
