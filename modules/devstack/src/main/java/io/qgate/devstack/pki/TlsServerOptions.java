package io.qgate.devstack.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How Payara Micro 6 serves HTTPS with client certificates required (the ETSI GS QKD 014 listener),
 * using the dev PKI: for {@code ./qgate up} and for integration tests that start their own Payara
 * Micro.
 *
 * <p>The recipe, verified on Payara Micro 6.2025.10:
 *
 * <ul>
 *   <li>{@code --sslport 8443 --sslcert kme-server} enable the built-in {@code https-listener} and
 *       name the key alias;
 *   <li>a pre-boot command file sets, on that listener's {@code ssl} element, {@code key-store},
 *       {@code key-store-password}, {@code trust-store}, {@code trust-store-password} and {@code
 *       client-auth=need}. The values are {@code ${qgate.mtls.*}} tokens that Payara resolves from
 *       system properties when the listener starts, so paths with spaces work (the command file
 *       splits on spaces, quotes are kept literally). The store types must stay unset (the {@code
 *       ssl} element accepts only JKS or NSS; the JDK's JKS key store reads PKCS#12 files).
 *   <li>{@code --systemproperties} names a file that defines those {@code qgate.mtls.*} properties
 *       (the same values as {@link #systemProperties}, which a caller can pass as {@code -D}
 *       instead).
 * </ul>
 *
 * <p>Only the HTTPS listener is affected: the JVM's default key and trust stores (used by the
 * application's outgoing HTTPS calls) stay Payara's. A client without a certificate, or with one
 * from another CA, fails in the TLS handshake (with TLS 1.3 the client may see it as a reset or an
 * empty reply right after its first request); the application never sees the request. A request
 * that gets through carries the client chain in the servlet request attribute {@code
 * jakarta.servlet.request.X509Certificate}.
 */
public final class TlsServerOptions {

  public static final int DEFAULT_HTTPS_PORT = 8443;

  /** System property (read by the pre-boot commands) naming the server key store. */
  public static final String KEY_STORE_PROPERTY = "qgate.mtls.keyStore";

  public static final String KEY_STORE_PASSWORD_PROPERTY = "qgate.mtls.keyStorePassword";
  public static final String TRUST_STORE_PROPERTY = "qgate.mtls.trustStore";
  public static final String TRUST_STORE_PASSWORD_PROPERTY = "qgate.mtls.trustStorePassword";

  /** Written into the PKI directory by {@link #payaraArguments}. */
  public static final String PREBOOT_COMMAND_FILE = "payara-mtls-preboot.asadmin";

  public static final String SYSTEM_PROPERTIES_FILE = "payara-mtls.properties";

  private static final String HTTPS =
      "configs.config.server-config.network-config.protocols.protocol.https-listener";
  private static final String SSL = HTTPS + ".ssl";

  private TlsServerOptions() {}

  /**
   * The Payara Micro arguments for HTTPS on {@code httpsPort} with client certificates required:
   * {@code --sslport PORT --sslcert kme-server --systemproperties FILE --prebootcommandfile FILE}.
   * Creates or completes the dev PKI in {@code pkiDir} first and writes the two files there.
   *
   * <p>Payara Micro takes one {@code --prebootcommandfile}: a caller that needs its own pre-boot
   * commands writes {@link #prebootCommands()} into its file instead and leaves that argument out.
   */
  public static List<String> payaraArguments(Path pkiDir, int httpsPort) {
    if (httpsPort < 1 || httpsPort > 65535) {
      throw new IllegalArgumentException("Not a TCP port: " + httpsPort);
    }
    DevPki pki = DevPki.ensure(pkiDir);
    Path properties = pki.dir().resolve(SYSTEM_PROPERTIES_FILE);
    Path preboot = pki.dir().resolve(PREBOOT_COMMAND_FILE);
    try {
      // Rewritten only if different, so a second run changes nothing in the PKI directory.
      byte[] values = propertiesFile(systemProperties(pki.dir()));
      if (!SecureFiles.hasContent(properties, values)) {
        SecureFiles.writePrivate(properties, values);
      }
      byte[] commands =
          (String.join("\n", prebootCommands()) + "\n").getBytes(StandardCharsets.UTF_8);
      if (!SecureFiles.hasContent(preboot, commands)) {
        SecureFiles.writePublic(preboot, commands);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Payara TLS settings in " + pki.dir(), e);
    }
    return List.of(
        "--sslport",
        Integer.toString(httpsPort),
        "--sslcert",
        DevPki.SERVER_ALIAS,
        "--systemproperties",
        properties.toString(),
        "--prebootcommandfile",
        preboot.toString());
  }

  /**
   * The system properties the pre-boot commands refer to: the server key store and trust store in
   * {@code pkiDir} and their password. Does not create the PKI.
   */
  public static Map<String, String> systemProperties(Path pkiDir) {
    Path dir = pkiDir.toAbsolutePath().normalize();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(KEY_STORE_PROPERTY, dir.resolve(DevPki.SERVER_ALIAS + ".p12").toString());
    properties.put(KEY_STORE_PASSWORD_PROPERTY, DevPki.STORE_PASSWORD);
    properties.put(TRUST_STORE_PROPERTY, dir.resolve("truststore.p12").toString());
    properties.put(TRUST_STORE_PASSWORD_PROPERTY, DevPki.STORE_PASSWORD);
    return properties;
  }

  /** {@link #systemProperties} as {@code -Dname=value} JVM arguments. */
  public static List<String> jvmArguments(Path pkiDir) {
    List<String> arguments = new ArrayList<>();
    systemProperties(pkiDir).forEach((name, value) -> arguments.add("-D" + name + "=" + value));
    return arguments;
  }

  /** The asadmin commands that configure the HTTPS listener (one per line in a command file). */
  public static List<String> prebootCommands() {
    return List.of(
        "set " + SSL + ".key-store=${" + KEY_STORE_PROPERTY + "}",
        "set " + SSL + ".key-store-password=${" + KEY_STORE_PASSWORD_PROPERTY + "}",
        "set " + SSL + ".trust-store=${" + TRUST_STORE_PROPERTY + "}",
        "set " + SSL + ".trust-store-password=${" + TRUST_STORE_PASSWORD_PROPERTY + "}",
        "set " + SSL + ".client-auth=need",
        // Payara closes a keep-alive connection after 250 requests by default; an SAE that keeps
        // its connection would pay a full mutual-TLS handshake every 250 keys for nothing.
        "set " + HTTPS + ".http.max-connections=-1");
  }

  /** The same bytes for the same values (no date comment), so a second run rewrites nothing. */
  private static byte[] propertiesFile(Map<String, String> values) throws IOException {
    Properties properties = new Properties();
    properties.putAll(values);
    StringWriter escaped = new StringWriter();
    properties.store(escaped, null);
    StringBuilder file =
        new StringBuilder("# Payara Micro mutual TLS (qgate dev PKI), see TlsServerOptions\n");
    escaped
        .toString()
        .lines()
        .filter(line -> !line.startsWith("#"))
        .sorted()
        .forEach(line -> file.append(line).append('\n'));
    return file.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
