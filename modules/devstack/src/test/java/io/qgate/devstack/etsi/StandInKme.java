package io.qgate.devstack.etsi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.qgate.devstack.bench.Json;
import io.qgate.devstack.pki.DevPki;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * A stand-in KME written from ETSI GS QKD 014 v1.1.1 for tests: HTTPS with the dev PKI's server
 * certificate, client certificates required (the caller is the certificate's CN), status (§5.1),
 * enc_keys (§5.2, keys reserved for the slave in the path) and dec_keys (§5.3, only the slave the
 * key was reserved for gets it, once). Keys live in memory; {@link #peer} starts the KME at the far
 * end of the same QKD link, sharing them, so a master's enc_keys on one and the slave's dec_keys on
 * the other return the same bytes. A {@link Behaviour} other than {@code CORRECT} misbehaves.
 */
public final class StandInKme {

  /** How the KME answers. */
  public enum Behaviour {
    CORRECT,
    /** enc_keys hands out the same key_ID every time. */
    DUPLICATE_IDS,
    /** dec_keys returns other bytes than enc_keys did (one bit flipped). */
    ALTERED_DEC,
    /** enc_keys answers 503 with an Error object, as a KME whose key store ran dry. */
    POOL_EMPTY,
    /** Every call answers 401 with an Error object, as for an SAE the KME does not know. */
    UNAUTHORIZED
  }

  private static final UUID FIXED_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Calls per caller DN, e.g. {@code CN=sae-grid-1}. */
  public final Map<String, AtomicInteger> callers = new ConcurrentHashMap<>();

  private final Map<String, AtomicInteger> callsByEndpoint = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> encByNumber = new ConcurrentHashMap<>();
  private final Map<UUID, Reserved> reserved;
  private final Map<UUID, byte[]> issued = new ConcurrentHashMap<>();
  private final Path pkiDir;
  private final Behaviour behaviour;
  private final HttpsServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private volatile int storedKeyCount = 1000;
  private volatile int maxKeyPerRequest = 128;

  private record Reserved(String master, String slave, byte[] material) {}

  private StandInKme(Path pkiDir, Behaviour behaviour, Map<UUID, Reserved> reserved)
      throws Exception {
    this.pkiDir = pkiDir;
    this.behaviour = behaviour;
    this.reserved = reserved;
    DevPki devPki = DevPki.ensure(pkiDir);
    char[] password = DevPki.STORE_PASSWORD.toCharArray();
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(devPki.serverKeyStore(), password), password);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(load(devPki.trustStore(), password));
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    server = HttpsServer.create(new InetSocketAddress("localhost", 0), 64);
    server.setHttpsConfigurator(
        new HttpsConfigurator(tls) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
            parameters.setNeedClientAuth(true);
            params.setSSLParameters(parameters);
          }
        });
    server.createContext("/api/v1/keys/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A KME with the server certificate of the dev PKI in {@code pkiDir} (created if missing). */
  public static StandInKme start(Path pkiDir, Behaviour behaviour) throws Exception {
    return new StandInKme(pkiDir, behaviour, new ConcurrentHashMap<>());
  }

  /** The KME at the other end of this one's QKD link: it knows the keys this one reserved. */
  public StandInKme peer(Behaviour peerBehaviour) throws Exception {
    return new StandInKme(pkiDir, peerBehaviour, reserved);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "https://localhost:" + port();
  }

  /** Calls of {@code endpoint}: {@code status}, {@code enc_keys} or {@code dec_keys}. */
  public int calls(String endpoint) {
    return callsByEndpoint.getOrDefault(endpoint, new AtomicInteger()).get();
  }

  /** enc_keys requests that asked for {@code number} keys. */
  public int encRequestsOf(int number) {
    return encByNumber.getOrDefault(number, new AtomicInteger()).get();
  }

  /** Copies of the keys this KME's enc_keys handed out, by key_ID. */
  public Map<UUID, byte[]> issued() {
    Map<UUID, byte[]> copy = new java.util.HashMap<>();
    issued.forEach((id, material) -> copy.put(id, material.clone()));
    return copy;
  }

  /** What status reports as stored_key_count (1000 unless set). */
  public void storedKeyCount(int count) {
    storedKeyCount = count;
  }

  /** What status reports as max_key_per_request, and the most enc_keys serves (128 unless set). */
  public void maxKeyPerRequest(int max) {
    maxKeyPerRequest = max;
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String caller = ((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName();
      callers.computeIfAbsent(caller, c -> new AtomicInteger()).incrementAndGet();
      String sae = caller.substring(3);
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String[] path = exchange.getRequestURI().getPath().split("/"); // "", api, v1, keys, id, op
      if (path.length != 6) {
        send(exchange, 404, error("no such path"));
        return;
      }
      callsByEndpoint.computeIfAbsent(path[5], p -> new AtomicInteger()).incrementAndGet();
      if (behaviour == Behaviour.UNAUTHORIZED) {
        send(exchange, 401, error("SAE " + sae + " is not registered with any KME"));
      } else if (path[5].equals("status")) {
        send(exchange, 200, status(sae, path[4]));
      } else if (path[5].equals("enc_keys")) {
        encKeys(exchange, sae, path[4], (Map<?, ?>) Json.parse(body));
      } else if (path[5].equals("dec_keys")) {
        decKeys(exchange, path[4], sae, keyIds(exchange, body));
      } else {
        send(exchange, 404, error("no such path"));
      }
    }
  }

  private String status(String master, String slave) {
    return "{\"source_KME_ID\":\"kme-a\",\"target_KME_ID\":\"kme-b\",\"master_SAE_ID\":\""
        + master
        + "\",\"slave_SAE_ID\":\""
        + slave
        + "\",\"key_size\":256,\"stored_key_count\":"
        + storedKeyCount
        + ",\"max_key_count\":100000,\"max_key_per_request\":"
        + maxKeyPerRequest
        + ",\"max_key_size\":1024,\"min_key_size\":64,\"max_SAE_ID_count\":0}";
  }

  private void encKeys(HttpExchange exchange, String master, String slave, Map<?, ?> request)
      throws IOException {
    if (behaviour == Behaviour.POOL_EMPTY) {
      send(exchange, 503, error("the key pool of link l-1 holds too little key"));
      return;
    }
    int number = request.containsKey("number") ? number(request, "number") : 1;
    int size = request.containsKey("size") ? number(request, "size") : 256;
    if (number < 1 || number > maxKeyPerRequest || size % 8 != 0) {
      send(
          exchange, 400, "{\"message\":\"bad request\",\"details\":[{\"number\":" + number + "}]}");
      return;
    }
    encByNumber.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < number; i++) {
      UUID id = behaviour == Behaviour.DUPLICATE_IDS ? FIXED_ID : UUID.randomUUID();
      byte[] material = new byte[size / 8];
      RANDOM.nextBytes(material);
      reserved.put(id, new Reserved(master, slave, material.clone()));
      issued.put(id, material.clone());
      keys.add(entry(id, material));
    }
    send(exchange, 200, "{\"keys\":[" + String.join(",", keys) + "]}");
  }

  private void decKeys(HttpExchange exchange, String master, String slave, List<UUID> ids)
      throws IOException {
    List<String> keys = new ArrayList<>();
    for (UUID id : ids) {
      Reserved key = reserved.get(id);
      if (key == null || !key.master().equals(master) || !key.slave().equals(slave)) {
        send(exchange, 400, error("key_ID " + id + " is not available to " + slave));
        return;
      }
    }
    for (UUID id : ids) {
      byte[] material = reserved.remove(id).material();
      if (behaviour == Behaviour.ALTERED_DEC) {
        material[0] ^= 1;
      }
      keys.add(entry(id, material));
    }
    send(exchange, 200, "{\"keys\":[" + String.join(",", keys) + "]}");
  }

  private static List<UUID> keyIds(HttpExchange exchange, String body) {
    List<UUID> ids = new ArrayList<>();
    String query = exchange.getRequestURI().getQuery();
    if (query != null && query.startsWith("key_ID=")) {
      ids.add(UUID.fromString(query.substring("key_ID=".length())));
    } else {
      for (Object entry : (List<?>) ((Map<?, ?>) Json.parse(body)).get("key_IDs")) {
        ids.add(UUID.fromString((String) ((Map<?, ?>) entry).get("key_ID")));
      }
    }
    return ids;
  }

  private static int number(Map<?, ?> request, String name) {
    return ((BigDecimal) request.get(name)).intValueExact();
  }

  private static String error(String message) {
    return "{\"message\":\"" + message + "\"}";
  }

  private static String entry(UUID id, byte[] material) {
    return "{\"key_ID\":\""
        + id
        + "\",\"key\":\""
        + Base64.getEncoder().encodeToString(material)
        + "\"}";
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static KeyStore load(Path file, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }
}
