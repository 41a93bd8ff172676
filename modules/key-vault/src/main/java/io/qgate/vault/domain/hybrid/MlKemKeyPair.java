package io.qgate.vault.domain.hybrid;

/** An ML-KEM-768 key pair (FIPS 203): ek for encapsulation, dk for decapsulation. */
public record MlKemKeyPair(MlKemPublicKey publicKey, MlKemPrivateKey privateKey) {}
