package io.qgate.qkd.verification;

/**
 * Outcome of an error verification.
 *
 * @param passed the tags agree; if the keys differed this happened with probability ≤ ε_cor
 * @param disclosedBits tag bits made public, to be subtracted in privacy amplification
 * @param seedBits shared random bits consumed for the hash seed
 * @param epsilonCorrect ε_cor = 2^−t
 */
public record VerificationResult(
    boolean passed, int disclosedBits, int seedBits, double epsilonCorrect) {}
