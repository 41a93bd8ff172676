package io.qgate.devstack.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates ECDSA P-256 keys and X.509 v3 certificates: a self-signed CA and the TLS server and
 * client certificates it signs. Uses the JDK's providers; BouncyCastle only builds the
 * certificates.
 */
final class CertificateIssuer {

  /** Certificates start an hour early, so a clock a little behind still accepts them. */
  private static final Duration BACKDATE = Duration.ofHours(1);

  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateIssuer() {}

  static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No EC P-256 key generator in this JDK", e);
    }
  }

  static X509Certificate selfSignedCa(KeyPair keyPair, String commonName, Duration validity) {
    X500Name subject = name(commonName, "qgate");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            serial(),
            Date.from(now.minus(BACKDATE)),
            Date.from(now.plus(validity)),
            subject,
            keyPair.getPublic());
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
          .addExtension(
              Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              utils.createSubjectKeyIdentifier(keyPair.getPublic()))
          .addExtension(
              Extension.authorityKeyIdentifier,
              false,
              utils.createAuthorityKeyIdentifier(keyPair.getPublic()));
    } catch (CertIOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build the CA certificate", e);
    }
    return sign(builder, keyPair.getPrivate());
  }

  /** A TLS server certificate: EKU serverAuth, the given DNS names and IP addresses as SANs. */
  static X509Certificate server(
      X509Certificate ca,
      PrivateKey caKey,
      PublicKey subjectKey,
      String commonName,
      List<String> dnsNames,
      List<String> ipAddresses,
      Duration validity) {
    List<GeneralName> names = new ArrayList<>();
    dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
    ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
    return leaf(
        ca,
        caKey,
        subjectKey,
        commonName,
        KeyPurposeId.id_kp_serverAuth,
        new GeneralNames(names.toArray(GeneralName[]::new)),
        validity);
  }

  /** A TLS client certificate: EKU clientAuth, subject {@code CN=commonName} and nothing else. */
  static X509Certificate client(
      X509Certificate ca,
      PrivateKey caKey,
      PublicKey subjectKey,
      String commonName,
      Duration validity) {
    return leaf(ca, caKey, subjectKey, commonName, KeyPurposeId.id_kp_clientAuth, null, validity);
  }

  private static X509Certificate leaf(
      X509Certificate ca,
      PrivateKey caKey,
      PublicKey subjectKey,
      String commonName,
      KeyPurposeId purpose,
      GeneralNames subjectAlternativeNames,
      Duration validity) {
    Instant now = Instant.now();
    Instant notAfter = now.plus(validity);
    if (notAfter.isAfter(ca.getNotAfter().toInstant())) {
      notAfter = ca.getNotAfter().toInstant(); // never outlive the issuer
    }
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca,
            serial(),
            Date.from(now.minus(BACKDATE)),
            Date.from(notAfter),
            name(commonName, null),
            subjectKey);
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
          .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
          .addExtension(
              Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey))
          .addExtension(
              Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
      if (subjectAlternativeNames != null) {
        builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames);
      }
    } catch (CertIOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build the certificate of " + commonName, e);
    }
    return sign(builder, caKey);
  }

  private static X500Name name(String commonName, String organization) {
    X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
    if (organization != null) {
      name.addRDN(BCStyle.O, organization);
    }
    return name.addRDN(BCStyle.CN, commonName).build();
  }

  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).add(BigInteger.ONE); // positive, at most 16 bytes
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
    try {
      ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey);
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a certificate", e);
    }
  }
}
