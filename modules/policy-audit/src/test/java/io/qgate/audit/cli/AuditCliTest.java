package io.qgate.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.TestPostgres;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.Ed25519;
import io.qgate.audit.infrastructure.JdbcAuditStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./qgate audit verify} in-process, against a real PostgreSQL. */
class AuditCliTest {

  private static final int ROWS = 10;
  private static final int CHECKPOINT_SEQ = 6;

  private static TestPostgres postgres;
  private static KeyPair signer;

  @TempDir Path directory;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = TestPostgres.start("cli");
    signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void anIntactTrailExitsZero() throws Exception {
    String url = trailWithCheckpoint();

    Run run = verify(url);

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "audit trail intact: 10 rows, 1 signed checkpoints (latest at row 6)"
                + System.lineSeparator());
    assertThat(run.exitCode()).isEqualTo(0);
  }

  @Test
  void printsJsonWithThePinnedSignersKey() throws Exception {
    String url = trailWithCheckpoint();

    Run run = verify(url, "--public-key", pem(signer.getPublic()).toString(), "--format", "JSON");

    assertThat(run.err()).isEmpty();
    assertThat(run.out().strip())
        .isEqualTo(
            "{\"checkpointsChecked\":1,\"intact\":true,\"lastCheckpointSeq\":6,\"lastSeq\":10,"
                + "\"rowsChecked\":10}");
    assertThat(run.exitCode()).isEqualTo(0);
  }

  @Test
  void aCheckpointNotSignedByThePinnedKeyExitsOne() throws Exception {
    String url = trailWithCheckpoint();
    KeyPair auditors = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

    Run run = verify(url, "--public-key", pem(auditors.getPublic()).toString());

    assertThat(run.out()).startsWith("audit trail BROKEN at row 6 BAD_SIGNATURE: ");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aTamperedRowExitsOneAndIsNamed() throws Exception {
    String url = trailWithCheckpoint();
    postgres.tamper(url, "UPDATE audit_event SET subject = 'key-x' WHERE seq = 4");

    Run text = verify(url);
    Run json = verify(url, "--format", "json");

    assertThat(text.out().strip())
        .isEqualTo("audit trail BROKEN at row 4 ALTERED: its content does not match its hash");
    assertThat(text.err()).isEmpty();
    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(json.out().strip())
        .isEqualTo(
            "{\"break\":{\"detail\":\"its content does not match its hash\",\"kind\":\"ALTERED\","
                + "\"seq\":4},\"checkpointsChecked\":0,\"intact\":false,\"lastCheckpointSeq\":0,"
                + "\"lastSeq\":4,\"rowsChecked\":4}");
    assertThat(json.exitCode()).isEqualTo(1);
  }

  @Test
  void aRowWithAnEventTypeQgateNeverWritesIsNamedAsAltered() throws Exception {
    String url = trailWithCheckpoint();
    postgres.tamper(url, "UPDATE audit_event SET type = 'FORGED' WHERE seq = 3");

    Run run = verify(url);

    assertThat(run.out().strip())
        .isEqualTo(
            "audit trail BROKEN at row 3 ALTERED: its type 'FORGED' is not one qgate writes");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void deletedRowsBelowTheCheckpointExitOne() throws Exception {
    String url = trailWithCheckpoint();
    postgres.tamper(url, "DELETE FROM audit_event WHERE seq >= 5");

    Run run = verify(url);

    assertThat(run.out()).startsWith("audit trail BROKEN at row 5 DELETED: ");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void takesTheDatabaseFromTheEnvironmentAndFlagsWin() throws Exception {
    String url = trailWithCheckpoint();
    Map<String, String> environment =
        Map.of(
            "QGATE_DB_URL", url, "QGATE_DB_USER", TestPostgres.APP_ROLE, "QGATE_DB_PASSWORD", "x");

    assertThat(run(environment, "verify").exitCode()).isEqualTo(0);
    Run flagsWin = run(environment, "verify", "--db-url", "jdbc:postgresql://localhost:1/qgate");
    assertThat(flagsWin.err()).contains("localhost:1/qgate as " + TestPostgres.APP_ROLE + ": ");
    assertThat(flagsWin.exitCode()).isEqualTo(3);
  }

  @Test
  void defaultsToTheDevStack() {
    DatabaseOptions options = new DatabaseOptions();

    assertThat(options.url(Map.of())).isEqualTo("jdbc:postgresql://localhost:15432/qgate");
    assertThat(options.user(Map.of())).isEqualTo("postgres");
    assertThat(options.password(Map.of())).isEqualTo("postgres");
  }

  @Test
  void aMissingKeyFileExitsTwo() {
    Path missing = directory.resolve("missing.pem");

    Run run = verify("jdbc:postgresql://localhost:1/qgate", "--public-key", missing.toString());

    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(oneLine("qgate audit: --public-key " + missing + ": no such file"));
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void aKeyFileWithoutAnEd25519KeyExitsTwo() throws Exception {
    Path rsa =
        write(
            "rsa.pem",
            pemText(
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded()));
    Path garbage = write("garbage.pem", "not a key\n");

    Run notEd25519 = verify("jdbc:postgresql://localhost:1/qgate", "--public-key", rsa.toString());
    Run notPem = verify("jdbc:postgresql://localhost:1/qgate", "--public-key", garbage.toString());

    assertThat(notEd25519.err())
        .isEqualTo(oneLine("qgate audit: --public-key " + rsa + ": not an Ed25519 public key"));
    assertThat(notEd25519.exitCode()).isEqualTo(2);
    assertThat(notPem.err()).startsWith("qgate audit: --public-key " + garbage + ": not a PEM");
    assertThat(notPem.exitCode()).isEqualTo(2);
  }

  @Test
  void badUsageExitsTwoWithOneLine() {
    Run format = verify("jdbc:postgresql://localhost:1/qgate", "--format", "xml");
    Run unknown = run(Map.of(), "verify", "--colour");
    Run noSubcommand = run(Map.of());
    Run notPostgres = run(Map.of(), "verify", "--db-url", "jdbc:mysql://localhost/qgate");

    assertThat(format.err())
        .isEqualTo(oneLine("qgate audit: --format must be text or json, was 'xml'"));
    assertThat(unknown.err()).startsWith("qgate audit: Unknown option: '--colour'");
    assertThat(noSubcommand.err()).startsWith("qgate audit: missing subcommand");
    assertThat(notPostgres.err()).startsWith("qgate audit: --db-url must be a PostgreSQL JDBC URL");
    for (Run run : List.of(format, unknown, noSubcommand, notPostgres)) {
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.exitCode()).isEqualTo(2);
    }
  }

  @Test
  void anUnreachableDatabaseExitsThreeWithOneLine() {
    Run run = verify("jdbc:postgresql://localhost:1/qgate?password=secret");

    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "qgate audit: cannot read the audit trail at jdbc:postgresql://localhost:1/qgate as "
                + TestPostgres.APP_ROLE
                + ": ")
        .doesNotContain("secret");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.exitCode()).isEqualTo(3);
  }

  @Test
  void aDatabaseWithoutTheTrailExitsThree() {
    Run run = verify(postgres.urlOf("postgres"));

    assertThat(run.err()).contains("audit_checkpoint").contains("does not exist");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.exitCode()).isEqualTo(3);
  }

  @Test
  void helpExitsZero() {
    Run run = run(Map.of(), "verify", "--help");

    assertThat(run.out()).contains("--public-key=FILE").contains("--db-url=URL");
    assertThat(run.exitCode()).isEqualTo(0);
  }

  // --- helpers
  // --------------------------------------------------------------------------------------

  /** A fresh trail of {@value #ROWS} rows, row {@value #CHECKPOINT_SEQ} signed by the signer. */
  private static String trailWithCheckpoint() throws SQLException {
    String url = postgres.newDatabase();
    JdbcAuditStore store = new JdbcAuditStore(postgres.asApp(url));
    List<AuditEvent> events =
        IntStream.rangeClosed(1, ROWS)
            .mapToObj(
                n ->
                    AuditEvent.now(
                        "HOSPITAL",
                        AuditEventType.TELEMETRY_DECRYPTION,
                        "nurse-" + n,
                        "key-" + n,
                        AuditOutcome.ALLOWED,
                        Map.of("n", n)))
            .toList();
    List<AuditRecord> rows = new ArrayList<>(store.append(events));
    AuditRecord vouched = rows.get(CHECKPOINT_SEQ - 1);
    Instant signedAt = Instant.now();
    byte[] publicKey = signer.getPublic().getEncoded();
    store.addCheckpoint(
        new Checkpoint(
            vouched.seq(),
            vouched.hash(),
            signedAt,
            Ed25519.keyId(publicKey),
            Ed25519.sign(
                signer.getPrivate(),
                Checkpoint.signedContent(vouched.seq(), vouched.hash(), signedAt))),
        publicKey);
    return url;
  }

  /** {@code verify} against {@code url} as the application role, plus {@code more}. */
  private static Run verify(String url, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "verify",
                "--db-url",
                url,
                "--db-user",
                TestPostgres.APP_ROLE,
                "--db-password",
                "x"));
    args.addAll(List.of(more));
    return run(Map.of(), args.toArray(String[]::new));
  }

  private static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        AuditCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment)
            .execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private Path pem(PublicKey key) throws Exception {
    return write("signer-" + System.nanoTime() + ".pem", pemText(key.getEncoded()));
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(directory.resolve(name), text, StandardCharsets.US_ASCII);
  }

  private static String pemText(byte[] der) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static String oneLine(String text) {
    return text + System.lineSeparator();
  }
}
