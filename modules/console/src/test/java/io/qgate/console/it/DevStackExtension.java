package io.qgate.console.it;

import io.qgate.devstack.EmbeddedDatabase;
import io.qgate.devstack.EmbeddedKafka;
import io.qgate.devstack.EmbeddedKeycloak;
import io.qgate.devstack.Ports;
import io.qgate.devstack.pki.TlsServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real PostgreSQL, one real Kafka broker and one real Keycloak (realm qgate, imported
 * fresh each run) for the whole integration-test run, on the ports arquillian.xml hands to Payara
 * Micro. Register it before ArquillianExtension so they are up before the server boots.
 *
 * <p>Keycloak is unpacked once into {@code qgate.it.keycloak.home} (target/keycloak-dist, outside
 * it-work, which each run deletes) and reused; its data directory there is deleted at each start
 * ({@link EmbeddedKeycloak#startFresh}), because Keycloak reads the realm to import only from
 * {@code <home>/data/import} and has no option to put its data elsewhere.
 */
public class DevStackExtension implements BeforeAllCallback {

  /** How long the previous test class's Payara may take to let go of the fixed ports. */
  private static final Duration PORTS_RELEASED = Duration.ofSeconds(90);

  @Override
  public void beforeAll(ExtensionContext context) throws InterruptedException {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Stack.class, key -> Stack.start(), Stack.class);
    awaitPayaraPortsFree();
  }

  /**
   * Arquillian boots a Payara per test class on fixed ports, but does not wait for the previous
   * one's JVM to exit; a clean-clone run lost a class to a BindException on 28443 that way.
   */
  private static void awaitPayaraPortsFree() throws InterruptedException {
    Instant deadline = Instant.now().plus(PORTS_RELEASED);
    for (int port : new int[] {httpPort(), httpsPort()}) {
      while (!Ports.isFree(port)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "port " + port + " still in use " + PORTS_RELEASED + " after the last test class");
        }
        Thread.sleep(500);
      }
    }
  }

  /** The running stack, for tests that take the database away and bring it back. */
  private static volatile Stack current;

  /**
   * Stops PostgreSQL, runs {@code whileDown}, and starts it again on the same data directory and
   * port: what an operator's database restart (or a crash) looks like to the platform.
   */
  static void withDatabaseStopped(Runnable whileDown) {
    current.restartDatabase(whileDown);
  }

  /** The port of the Arquillian instance's ETSI listener (HTTPS, client certificates required). */
  static int httpsPort() {
    return Integer.getInteger("qgate.it.https.port", 28443);
  }

  /** The port of the Arquillian instance's HTTP listener (fixed, see arquillian.xml). */
  static int httpPort() {
    return Integer.getInteger("qgate.it.http.port", 28080);
  }

  /** The port of the Keycloak the run uses. */
  static int keycloakPort() {
    return Integer.getInteger("qgate.it.keycloak.port", 28180);
  }

  /**
   * The issuer of realm qgate on the run's Keycloak, {@code http://localhost:28180/realms/qgate}:
   * the {@code iss} of its tokens and the platform's {@code qgate.oidc.issuer}.
   */
  static String oidcIssuer() {
    Stack stack = current;
    return stack != null
        ? stack.keycloak.issuer()
        : "http://localhost:" + keycloakPort() + "/realms/" + EmbeddedKeycloak.REALM;
  }

  /** Closed by JUnit when the root context closes, at the end of the run. */
  static final class Stack implements ExtensionContext.Store.CloseableResource {

    private final Path databaseDirectory;
    private final int databasePort;
    private final EmbeddedKafka kafka;
    private final EmbeddedKeycloak keycloak;
    private volatile EmbeddedDatabase database;

    private Stack(
        Path databaseDirectory,
        int databasePort,
        EmbeddedDatabase database,
        EmbeddedKafka kafka,
        EmbeddedKeycloak keycloak) {
      this.databaseDirectory = databaseDirectory;
      this.databasePort = databasePort;
      this.database = database;
      this.kafka = kafka;
      this.keycloak = keycloak;
    }

    static Stack start() {
      Path work = Path.of(System.getProperty("qgate.it.work", "target/it-work"));
      deleteRecursively(work);
      int dbPort = Integer.getInteger("qgate.it.db.port", 25432);
      int kafkaPort = Integer.getInteger("qgate.it.kafka.port", 29092);
      Path dbDir = work.resolve("postgres");
      EmbeddedDatabase database = EmbeddedDatabase.startScratch(dbDir, dbPort);
      database.ensureApplicationRole(EmbeddedDatabase.APPLICATION_ROLE);
      EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"), kafkaPort);
      EmbeddedKeycloak keycloak;
      try {
        keycloak =
            EmbeddedKeycloak.startFresh(
                Path.of(System.getProperty("qgate.keycloak.zip")),
                Path.of(System.getProperty("qgate.it.keycloak.home", "target/keycloak-dist")),
                keycloakPort(),
                work.resolve("keycloak.log"));
      } catch (RuntimeException e) {
        kafka.close();
        database.close();
        throw e;
      }
      // The dev PKI and the files arquillian.xml's extraMicroOptions name: every Arquillian boot
      // serves ETSI over mutual TLS on qgate.it.https.port, as ./qgate up does.
      TlsServerOptions.payaraArguments(work.resolve("pki"), httpsPort());
      current = new Stack(dbDir, dbPort, database, kafka, keycloak);
      return current;
    }

    synchronized void restartDatabase(Runnable whileDown) {
      database.close();
      try {
        whileDown.run();
      } finally {
        database = EmbeddedDatabase.startScratch(databaseDirectory, databasePort);
      }
    }

    @Override
    public void close() throws Exception {
      keycloak.close();
      kafka.close();
      database.close();
    }

    private static void deleteRecursively(Path root) {
      if (!Files.exists(root)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot clean " + root, e);
      }
    }
  }
}
