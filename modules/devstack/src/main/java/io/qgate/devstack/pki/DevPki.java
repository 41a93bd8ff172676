package io.qgate.devstack.pki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * The development PKI of {@code ./qgate up} in one directory (normally {@code .qgate/pki/}): a CA,
 * the KME's TLS server certificate and one TLS client certificate per demo SAE, as PEM files and
 * PKCS#12 stores.
 *
 * <p>{@link #ensure(Path)} creates what is missing and keeps what is there and still valid, so the
 * second start reuses the first start's certificates. Private keys and stores holding one are mode
 * 600. Other files in the directory (such as the audit signing key) are not touched.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><td>{@code ca.pem}, {@code ca-key.pem}</td><td>the CA (ECDSA P-256, self-signed, 10 years)</td></tr>
 *   <tr><td>{@code kme-server.pem}, {@code kme-server-key.pem}, {@code kme-server.p12}</td>
 *       <td>the KME's server certificate (SAN localhost, this host's name, 127.0.0.1, ::1)</td></tr>
 *   <tr><td>{@code truststore.p12}</td><td>the CA as the only trusted certificate</td></tr>
 *   <tr><td>{@code <sae>.pem}, {@code <sae>-key.pem}, {@code <sae>.p12}</td>
 *       <td>a client certificate per SAE, CN = SAE id, EKU clientAuth</td></tr>
 * </table>
 */
public final class DevPki {

  /** Password of every PKCS#12 file (a development PKI: the files are protected by mode 600). */
  public static final String STORE_PASSWORD = "changeit";

  /** Alias of the KME server key in {@code kme-server.p12} (Payara's {@code --sslcert}). */
  public static final String SERVER_ALIAS = "kme-server";

  /** Alias of the CA in {@code truststore.p12}. */
  public static final String CA_ALIAS = "qgate-dev-ca";

  /** The SAEs of the demo topology; each gets a client certificate. */
  public static final List<String> DEMO_SAES =
      List.of("sae-grid-1", "sae-health-1", "sae-plant-1", "sae-core-1");

  static final Duration CA_VALIDITY = Duration.ofDays(3650);
  static final Duration LEAF_VALIDITY = Duration.ofDays(730);

  /** A certificate that expires sooner than this is issued again. */
  static final Duration RENEW_BEFORE = Duration.ofDays(30);

  private static final Pattern SAE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final String CA_COMMON_NAME = "qgate dev CA";
  private static final String SERVER_COMMON_NAME = "localhost";
  private static final List<String> SERVER_IPS = List.of("127.0.0.1", "::1");
  private static final Object JVM_LOCK = new Object();

  private final Path dir;
  private final X509Certificate ca;
  private final PrivateKey caKey;
  private final List<Path> written = new ArrayList<>();

  private DevPki(Path dir, X509Certificate ca, PrivateKey caKey) {
    this.dir = dir;
    this.ca = ca;
    this.caKey = caKey;
  }

  /**
   * Creates the PKI in {@code dir}, or completes and reuses the one there. Safe to call from
   * several processes at once (a file lock in the directory serialises them).
   *
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static DevPki ensure(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    return locked(
        absolute,
        () -> {
          DevPki pki = loadOrCreateCa(absolute);
          pki.ensureServer();
          pki.ensureTrustStore();
          for (String sae : DEMO_SAES) {
            pki.ensureClient(sae, absolute);
          }
          return pki;
        });
  }

  /**
   * True for an SAE id this PKI issues certificates for: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}.
   */
  public static boolean isValidSaeId(String saeId) {
    return saeId != null && SAE_ID.matcher(saeId).matches();
  }

  /**
   * A client certificate for {@code saeId} in {@code outDir}: {@code <id>.pem}, {@code
   * <id>-key.pem} (PKCS#8, mode 600), {@code <id>.p12} (password {@link #STORE_PASSWORD}, mode 600)
   * and a copy of {@code ca.pem}. A valid certificate already there for the same SAE from this CA
   * is kept.
   *
   * @throws IllegalArgumentException if {@code saeId} is not a valid SAE id
   */
  public ClientCredentials issueClient(String saeId, Path outDir) {
    if (!isValidSaeId(saeId)) {
      throw new IllegalArgumentException(
          "Invalid SAE id '" + saeId + "': expected [A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
    Path out = outDir.toAbsolutePath().normalize();
    return locked(
        dir,
        () -> {
          ClientCredentials credentials = ensureClient(saeId, out);
          Path caCopy = out.resolve("ca.pem");
          if (!caCopy.equals(caPem()) && !sameCertificate(caCopy, ca)) {
            write(caCopy, Pem.certificate(ca).getBytes(StandardCharsets.US_ASCII), false);
          }
          return credentials;
        });
  }

  public Path dir() {
    return dir;
  }

  public X509Certificate caCertificate() {
    return ca;
  }

  public Path caPem() {
    return dir.resolve("ca.pem");
  }

  public Path caKeyPem() {
    return dir.resolve("ca-key.pem");
  }

  public Path serverPem() {
    return dir.resolve(SERVER_ALIAS + ".pem");
  }

  public Path serverKeyPem() {
    return dir.resolve(SERVER_ALIAS + "-key.pem");
  }

  /** PKCS#12 with the server key and its chain under {@link #SERVER_ALIAS}. */
  public Path serverKeyStore() {
    return dir.resolve(SERVER_ALIAS + ".p12");
  }

  /** PKCS#12 with the CA as the only trusted certificate. */
  public Path trustStore() {
    return dir.resolve("truststore.p12");
  }

  /** Where the demo SAE {@code saeId}'s files are (created by {@link #ensure} for demo SAEs). */
  public ClientCredentials demoClient(String saeId) {
    return ClientCredentials.in(dir, saeId, false);
  }

  /** The files this instance wrote (empty if everything was reused), in order. */
  public List<Path> written() {
    return Collections.unmodifiableList(written);
  }

  // --- CA ---------------------------------------------------------------------------------------

  private static DevPki loadOrCreateCa(Path dir) throws IOException, GeneralSecurityException {
    Path caPem = dir.resolve("ca.pem");
    Path caKeyPem = dir.resolve("ca-key.pem");
    Optional<X509Certificate> existing =
        readValid(
            caPem,
            caKeyPem,
            certificate -> {
              try {
                certificate.verify(certificate.getPublicKey()); // self-signed
                return certificate.getBasicConstraints() >= 0;
              } catch (GeneralSecurityException e) {
                return false;
              }
            });
    if (existing.isPresent()) {
      return new DevPki(dir, existing.get(), Pem.readPrivateKey(caKeyPem));
    }
    KeyPair keyPair = CertificateIssuer.newKeyPair();
    X509Certificate ca = CertificateIssuer.selfSignedCa(keyPair, CA_COMMON_NAME, CA_VALIDITY);
    DevPki pki = new DevPki(dir, ca, keyPair.getPrivate());
    pki.write(
        caKeyPem, Pem.privateKey(keyPair.getPrivate()).getBytes(StandardCharsets.US_ASCII), true);
    pki.write(caPem, Pem.certificate(ca).getBytes(StandardCharsets.US_ASCII), false);
    return pki;
  }

  // --- server -----------------------------------------------------------------------------------

  private void ensureServer() throws IOException, GeneralSecurityException {
    List<String> dnsNames = serverDnsNames();
    Optional<X509Certificate> existing =
        readValid(serverPem(), serverKeyPem(), c -> issuedByCa(c) && coversNames(c, dnsNames));
    X509Certificate certificate;
    PrivateKey key;
    if (existing.isPresent()) {
      certificate = existing.get();
      key = Pem.readPrivateKey(serverKeyPem());
    } else {
      KeyPair keyPair = CertificateIssuer.newKeyPair();
      certificate =
          CertificateIssuer.server(
              ca,
              caKey,
              keyPair.getPublic(),
              SERVER_COMMON_NAME,
              dnsNames,
              SERVER_IPS,
              LEAF_VALIDITY);
      key = keyPair.getPrivate();
      write(serverKeyPem(), Pem.privateKey(key).getBytes(StandardCharsets.US_ASCII), true);
      write(serverPem(), Pem.certificate(certificate).getBytes(StandardCharsets.US_ASCII), false);
    }
    ensureKeyStore(serverKeyStore(), SERVER_ALIAS, key, certificate);
  }

  /** localhost and this machine's host name, if it has a usable one. */
  static List<String> serverDnsNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add("localhost");
    try {
      String host = InetAddress.getLocalHost().getHostName();
      if (host != null && host.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")) {
        names.add(host);
      }
    } catch (IOException e) {
      // no resolvable host name: localhost and the loopback addresses still work
    }
    return List.copyOf(names);
  }

  private static boolean coversNames(X509Certificate certificate, List<String> dnsNames) {
    try {
      Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
      if (sans == null) {
        return false;
      }
      Set<String> present = new LinkedHashSet<>();
      sans.forEach(san -> present.add(String.valueOf(san.get(1))));
      return present.containsAll(dnsNames) && present.contains("127.0.0.1");
    } catch (CertificateParsingException e) {
      return false;
    }
  }

  // --- trust store ------------------------------------------------------------------------------

  private void ensureTrustStore() throws IOException, GeneralSecurityException {
    Path file = trustStore();
    if (Files.isRegularFile(file)) {
      try {
        KeyStore existing = load(file);
        if (existing.size() == 1 && ca.equals(existing.getCertificate(CA_ALIAS))) {
          return;
        }
      } catch (IOException | GeneralSecurityException e) {
        // unreadable: write a new one
      }
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry(CA_ALIAS, ca);
    write(file, store(store), false);
  }

  // --- clients ----------------------------------------------------------------------------------

  private ClientCredentials ensureClient(String saeId, Path outDir)
      throws IOException, GeneralSecurityException {
    ClientCredentials files = ClientCredentials.in(outDir, saeId, false);
    X500Principal subject = new X500Principal("CN=" + saeId);
    Optional<X509Certificate> existing =
        readValid(
            files.certificate(),
            files.privateKey(),
            c -> issuedByCa(c) && subject.equals(c.getSubjectX500Principal()));
    X509Certificate certificate;
    PrivateKey key;
    boolean issued = existing.isEmpty();
    if (existing.isPresent()) {
      certificate = existing.get();
      key = Pem.readPrivateKey(files.privateKey());
    } else {
      KeyPair keyPair = CertificateIssuer.newKeyPair();
      certificate = CertificateIssuer.client(ca, caKey, keyPair.getPublic(), saeId, LEAF_VALIDITY);
      key = keyPair.getPrivate();
      write(files.privateKey(), Pem.privateKey(key).getBytes(StandardCharsets.US_ASCII), true);
      write(
          files.certificate(),
          Pem.certificate(certificate).getBytes(StandardCharsets.US_ASCII),
          false);
    }
    ensureKeyStore(files.keyStore(), saeId, key, certificate);
    return ClientCredentials.in(outDir, saeId, issued);
  }

  // --- helpers ----------------------------------------------------------------------------------

  /**
   * The certificate in {@code certFile} if it and {@code keyFile} parse, belong together, pass
   * {@code check} and do not expire within {@link #RENEW_BEFORE}.
   */
  private static Optional<X509Certificate> readValid(
      Path certFile, Path keyFile, Predicate<X509Certificate> check) {
    if (!Files.isRegularFile(certFile) || !Files.isRegularFile(keyFile)) {
      return Optional.empty();
    }
    try {
      X509Certificate certificate = Pem.readCertificate(certFile);
      PrivateKey key = Pem.readPrivateKey(keyFile);
      certificate.checkValidity();
      Instant renewAt = certificate.getNotAfter().toInstant().minus(RENEW_BEFORE);
      if (Instant.now().isAfter(renewAt)
          || !matches(key, certificate.getPublicKey())
          || !check.test(certificate)) {
        return Optional.empty();
      }
      return Optional.of(certificate);
    } catch (IOException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private boolean issuedByCa(X509Certificate certificate) {
    try {
      certificate.verify(ca.getPublicKey());
      return certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** True if {@code key} signs what {@code publicKey} verifies. */
  private static boolean matches(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    try {
      String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Writes {@code file} as a PKCS#12 store with {@code key} and its chain, unless it holds it. */
  private void ensureKeyStore(Path file, String alias, PrivateKey key, X509Certificate certificate)
      throws IOException, GeneralSecurityException {
    Certificate[] chain = {certificate, ca};
    if (Files.isRegularFile(file)) {
      try {
        KeyStore existing = load(file);
        if (existing.isKeyEntry(alias)
            && Arrays.equals(existing.getCertificateChain(alias), chain)
            && key.equals(existing.getKey(alias, STORE_PASSWORD.toCharArray()))) {
          return;
        }
      } catch (IOException | GeneralSecurityException e) {
        // unreadable or another password: write a new one
      }
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(alias, key, STORE_PASSWORD.toCharArray(), chain);
    write(file, store(store), true);
  }

  private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(Files.readAllBytes(file)), STORE_PASSWORD.toCharArray());
    return store;
  }

  private static byte[] store(KeyStore store) throws IOException, GeneralSecurityException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    store.store(bytes, STORE_PASSWORD.toCharArray());
    return bytes.toByteArray();
  }

  private static boolean sameCertificate(Path file, X509Certificate certificate) {
    try {
      return Files.isRegularFile(file) && certificate.equals(Pem.readCertificate(file));
    } catch (IOException e) {
      return false;
    }
  }

  private void write(Path file, byte[] content, boolean isPrivate) throws IOException {
    if (isPrivate) {
      SecureFiles.writePrivate(file, content);
    } else {
      SecureFiles.writePublic(file, content);
    }
    written.add(file);
  }

  @FunctionalInterface
  private interface PkiAction<T> {
    T run() throws IOException, GeneralSecurityException;
  }

  /** Runs {@code action} holding the PKI directory's lock (in this JVM and across processes). */
  private static <T> T locked(Path dir, PkiAction<T> action) {
    synchronized (JVM_LOCK) {
      try {
        SecureFiles.createPrivateDirectory(dir);
        try (FileChannel channel =
                FileChannel.open(
                    dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = channel.lock()) {
          return action.run();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Dev PKI in " + dir + ": " + e.getMessage(), e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Dev PKI in " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "DevPki[" + dir + ", CA " + ca.getSubjectX500Principal() + "]";
  }
}
