/**
 * Parameter estimation: Alice and Bob disclose a random sample of their sifted bits, count the
 * errors in it and bound the error rate of the bits they keep. The bounds here are the statistics
 * the finite-key analyses rest on: Serfling's inequality for sampling without replacement
 * (Tomamichel et al. 2012), Hoeffding's inequality for the decoy counts and the random-sampling
 * bound of Fung, Ma and Chau for the phase error rate (Lim et al. 2014).
 */
package io.qgate.qkd.estimation;
