/**
 * Privacy amplification by Toeplitz hashing, computed exactly in O(N log N) word operations with
 * Schönhage's ternary FFT over GF(2)[x].
 */
package io.qgate.qkd.amplification;
