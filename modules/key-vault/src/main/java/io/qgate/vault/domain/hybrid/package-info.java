/**
 * HYBRID keys: a QKD key and an ML-KEM-768 (FIPS 203) shared secret combined with the NIST SP
 * 800-56C Rev. 2 one-step KDF, so the key stays secret while either input does. ML-KEM runs on
 * BouncyCastle's lightweight API; no JCA provider is registered.
 */
package io.qgate.vault.domain.hybrid;
