package io.qgate.audit.cli;

import io.qgate.audit.domain.CanonicalJson;
import io.qgate.audit.domain.VerificationReport;
import io.qgate.audit.infrastructure.JdbcAuditStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qgate audit verify}: recomputes the whole hash chain and checks every signed checkpoint,
 * streaming the rows, and names the first row that is not what was written.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute the audit trail's hash chain and check its signed checkpoints.",
      "Exit codes: 0 intact, 1 broken (the row is named), 2 bad input,"
          + " 3 cannot connect to or read the database."
    })
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand AuditCli parent;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--public-key",
      paramLabel = "FILE",
      description = {
        "Ed25519 public key (PEM, BEGIN PUBLIC KEY) to pin; repeatable.",
        "When given, only checkpoints signed by a pinned key count: keys registered in the"
            + " database alone can be replaced by whoever can write it."
      })
  List<Path> publicKeyFiles = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    OutputFormat output = OutputFormat.parse(format);
    Map<String, byte[]> pinned = PinnedKeys.read(publicKeyFiles);
    Map<String, String> environment = parent.environment();
    DataSource dataSource = database.dataSource(environment);

    VerificationReport report = verify(new JdbcAuditStore(dataSource), pinned, environment);

    PrintWriter out = spec.commandLine().getOut();
    out.println(output == OutputFormat.JSON ? json(report) : report.summary());
    out.flush();
    return report.intact() ? AuditCli.EXIT_INTACT : AuditCli.EXIT_BROKEN;
  }

  private VerificationReport verify(
      JdbcAuditStore store, Map<String, byte[]> pinned, Map<String, String> environment) {
    try {
      return store.verify(pinned);
    } catch (SQLException e) {
      throw new CannotCheckException(
          "cannot read the audit trail at "
              + DatabaseOptions.withoutParameters(database.url(environment))
              + " as "
              + database.user(environment)
              + ": "
              + describe(e),
          e);
    }
  }

  /** The driver's message, and the root cause's when it says more (e.g. a connect timeout). */
  private static String describe(SQLException e) {
    String message = AuditCli.oneLine(e.getMessage());
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
      message += " (" + AuditCli.oneLine(root.getMessage()) + ")";
    }
    return message;
  }

  /** The report as one JSON object; {@code break} only when the trail is broken. */
  static String json(VerificationReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("intact", report.intact());
    json.put("rowsChecked", report.rowsChecked());
    json.put("lastSeq", report.lastSeq());
    json.put("checkpointsChecked", report.checkpointsChecked());
    json.put("lastCheckpointSeq", report.lastCheckpointSeq());
    report
        .firstBreak()
        .ifPresent(
            b -> {
              Map<String, Object> chainBreak = new LinkedHashMap<>();
              chainBreak.put("kind", b.kind().name());
              chainBreak.put("seq", b.seq());
              chainBreak.put("detail", b.detail());
              json.put("break", chainBreak);
            });
    return CanonicalJson.write(json);
  }
}
