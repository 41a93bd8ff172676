/**
 * Trusted-relay key delivery: the QKD network as a graph of links, the route a key takes between
 * two KMEs that share no usable link, and the one-time-pad relay each trusted node performs.
 */
package io.qgate.vault.domain.relay;
