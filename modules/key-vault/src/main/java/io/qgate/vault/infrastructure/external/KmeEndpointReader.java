package io.qgate.vault.infrastructure.external;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * Reads {@code master} or {@code slave} of a link in the external-KMEs file: {@code url}, {@code
 * saeId}, {@code keyStore} (PKCS#12), {@code keyStorePasswordEnv} (the name of the environment
 * variable holding its password: passwords never stand in the file), {@code trustPem}.
 */
final class KmeEndpointReader {

  static final Set<String> FIELDS =
      Set.of("url", "saeId", "keyStore", "keyStorePasswordEnv", "trustPem");
  private static final Pattern SAE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private KmeEndpointReader() {}

  static KmeEndpoint read(ConfigObject end, Function<String, String> environment) {
    end.allowOnly(FIELDS);
    URI url = url(end);
    String saeId = end.string("saeId");
    if (!SAE_ID.matcher(saeId).matches()) {
      throw new ConfigProblem(end.field("saeId"), "must match " + SAE_ID.pattern());
    }
    Path keyStore = readable(end, "keyStore");
    String passwordEnv = end.string("keyStorePasswordEnv");
    String password =
        ENV_NAME.matcher(passwordEnv).matches() ? environment.apply(passwordEnv) : null;
    if (password == null) {
      throw new ConfigProblem(
          end.field("keyStorePasswordEnv"), "environment variable " + passwordEnv + " is not set");
    }
    char[] secret = password.toCharArray();
    KeyManager[] keys;
    try {
      keys = KmeTls.keyManagers(keyStore, secret);
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigProblem(
          end.field("keyStore"),
          "cannot open "
              + keyStore
              + " as PKCS#12 with the password in "
              + passwordEnv
              + " ("
              + e.getMessage()
              + ")");
    } finally {
      Arrays.fill(secret, '\0');
    }
    Path trustPem = readable(end, "trustPem");
    try {
      TrustManager[] trust = KmeTls.trustManagers(trustPem);
      return new KmeEndpoint(url, saeId, KmeTls.context(keys, trust));
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigProblem(
          end.field("trustPem"),
          "cannot read CA certificates from " + trustPem + " (" + e.getMessage() + ")");
    }
  }

  private static URI url(ConfigObject end) {
    String text = end.string("url");
    try {
      URI url = new URI(text);
      if ("https".equalsIgnoreCase(url.getScheme())
          && url.getHost() != null
          && url.getUserInfo() == null
          && url.getRawQuery() == null
          && url.getRawFragment() == null) {
        return URI.create(text.replaceAll("/+$", ""));
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigProblem(
        end.field("url"), "must be an https URL like https://kme.example:443, is " + text);
  }

  private static Path readable(ConfigObject end, String name) {
    Path path = Path.of(end.string(name));
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ConfigProblem(end.field(name), "cannot read the file " + path);
    }
    return path;
  }
}
