/** Error verification by universal (Toeplitz) hashing, with ε_cor = 2^−(tag bits). */
package io.qgate.qkd.verification;
