package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditChainVerifier;
import io.qgate.audit.domain.AuditEvent;
import io.qgate.audit.domain.AuditEventType;
import io.qgate.audit.domain.AuditOutcome;
import io.qgate.audit.domain.AuditQuery;
import io.qgate.audit.domain.AuditRecord;
import io.qgate.audit.domain.Checkpoint;
import io.qgate.audit.domain.Ed25519;
import io.qgate.audit.domain.VerificationReport;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.infrastructure.persistence.QgateDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The audit tables over plain JDBC, so the platform, {@code ./qgate audit} and the benchmarks share
 * one implementation. Appends serialise on a PostgreSQL advisory lock held for the transaction, so
 * any number of threads and platform instances extend one chain.
 */
public final class JdbcAuditStore {

  /** Arbitrary, fixed: the advisory lock every appender of the chain takes. */
  static final long CHAIN_LOCK = 0x71_6761_7465_4175L;

  private static final String COLUMNS =
      "seq, event_id, occurred_at, tenant, type, actor, subject, outcome, details, prev_hash, hash";

  private final DataSource dataSource;

  public JdbcAuditStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Appends the events, in order, as the next rows of the chain in one transaction: all or none.
   * Must run outside any container transaction (it commits itself).
   */
  public List<AuditRecord> append(List<AuditEvent> events) throws SQLException {
    try (Connection connection = QgateDataSource.connect(dataSource)) {
      connection.setAutoCommit(false);
      try {
        List<AuditRecord> sealed = appendLocked(connection, events);
        connection.commit();
        return sealed;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private List<AuditRecord> appendLocked(Connection connection, List<AuditEvent> events)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, CHAIN_LOCK);
      lock.execute();
    }
    long seq = 0;
    byte[] hash = AuditRecord.GENESIS;
    try (PreparedStatement head =
            connection.prepareStatement(
                "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
        ResultSet row = head.executeQuery()) {
      if (row.next()) {
        seq = row.getLong(1);
        hash = row.getBytes(2);
      }
    }
    List<AuditRecord> sealed = new ArrayList<>(events.size());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEvent event : events) {
        AuditRecord record = AuditRecord.chain(++seq, hash, event);
        hash = record.hash();
        bind(insert, record);
        insert.addBatch();
        sealed.add(record);
      }
      insert.executeBatch();
    }
    return sealed;
  }

  /**
   * Recomputes the whole chain and checks every checkpoint, naming the first break.
   *
   * @param pinnedKeys the auditor's own copies of public keys (X.509 by key id); when not empty,
   *     only checkpoints signed by these count, and they win over keys registered in the database
   */
  public VerificationReport verify(Map<String, byte[]> pinnedKeys) throws SQLException {
    // Checkpoints before rows: every checkpoint read vouches for a row the scan will see; and
    // before keys: a checkpoint's key is registered before the checkpoint is stored.
    List<Checkpoint> checkpoints = checkpoints();
    Map<String, byte[]> keys = new LinkedHashMap<>(publicKeys());
    keys.putAll(pinnedKeys);
    Optional<Set<String>> trusted =
        pinnedKeys.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(pinnedKeys.keySet()));
    AuditChainVerifier verifier = new AuditChainVerifier(checkpoints, keys, trusted);
    try {
      scan(AuditQuery.all(), verifier::accept);
    } catch (UnreadableRowException e) {
      verifier.acceptUnreadable(e.seq(), e.reason());
    }
    return verifier.finish();
  }

  public Optional<AuditRecord> head() throws SQLException {
    List<AuditRecord> rows = new ArrayList<>(1);
    query(
        "SELECT " + COLUMNS + " FROM audit_event ORDER BY seq DESC LIMIT 1", List.of(), rows::add);
    return rows.stream().findFirst();
  }

  /** Streams the matching rows in seq order until {@code sink} returns false. */
  public void scan(AuditQuery query, Predicate<AuditRecord> sink) throws SQLException {
    Filter filter = Filter.of(query);
    String sql = "SELECT " + COLUMNS + " FROM audit_event" + filter.where() + " ORDER BY seq";
    try (Connection connection = QgateDataSource.connect(dataSource)) {
      boolean autoCommit = connection.getAutoCommit();
      // PostgreSQL streams with a cursor only inside a transaction; read-only, so never commits.
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setFetchSize(1_000);
        filter.bind(statement, 1);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next() && sink.test(read(rows))) {
            // the sink consumed the row
          }
        }
      } finally {
        if (autoCommit) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      }
    }
  }

  public Page<AuditRecord> search(AuditQuery query, PageRequest page) throws SQLException {
    Filter filter = Filter.of(query);
    long total;
    try (Connection connection = QgateDataSource.connect(dataSource);
        PreparedStatement count =
            connection.prepareStatement("SELECT count(*) FROM audit_event" + filter.where())) {
      filter.bind(count, 1);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        total = rows.getLong(1);
      }
    }
    List<AuditRecord> items = new ArrayList<>();
    List<Object> parameters = new ArrayList<>(filter.parameters());
    parameters.add(page.size());
    parameters.add(page.offset());
    query(
        "SELECT "
            + COLUMNS
            + " FROM audit_event"
            + filter.where()
            + " ORDER BY seq DESC LIMIT ? OFFSET ?",
        parameters,
        items::add);
    return Page.of(items, page, total);
  }

  /** See {@link io.qgate.audit.domain.AuditLedger#recent}: by time, on the time indexes. */
  public List<AuditRecord> recent(
      Set<AuditEventType> types, Set<String> tenants, Instant since, int limit)
      throws SQLException {
    List<AuditRecord> rows = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    parameters.add(types.stream().map(Enum::name).toArray(String[]::new));
    parameters.add(utc(since));
    String tenantFilter = "";
    if (!tenants.isEmpty()) {
      tenantFilter = " AND tenant = ANY (?)";
      parameters.add(tenants.toArray(String[]::new));
    }
    parameters.add(limit);
    query(
        "SELECT "
            + COLUMNS
            + " FROM audit_event WHERE type = ANY (?) AND occurred_at >= ?"
            + tenantFilter
            + " ORDER BY occurred_at DESC, seq DESC LIMIT ?",
        parameters,
        rows::add);
    return rows;
  }

  public List<Checkpoint> checkpoints() throws SQLException {
    List<Checkpoint> checkpoints = new ArrayList<>();
    try (Connection connection = QgateDataSource.connect(dataSource);
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT seq, hash, signed_at, key_id, signature FROM audit_checkpoint ORDER BY seq");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        checkpoints.add(
            new Checkpoint(
                rows.getLong(1),
                rows.getBytes(2),
                rows.getObject(3, OffsetDateTime.class).toInstant(),
                rows.getString(4),
                rows.getBytes(5)));
      }
    }
    return checkpoints;
  }

  public Map<String, byte[]> publicKeys() throws SQLException {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    try (Connection connection = QgateDataSource.connect(dataSource);
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT key_id, public_key FROM audit_signing_key ORDER BY first_used_at");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        keys.put(rows.getString(1), rows.getBytes(2));
      }
    }
    return keys;
  }

  /**
   * Registers the key if new and stores the checkpoint unless that row already has one.
   *
   * @return false if another signer (another instance) had checkpointed that row first
   */
  public boolean addCheckpoint(Checkpoint checkpoint, byte[] publicKeyX509) throws SQLException {
    try (Connection connection = QgateDataSource.connect(dataSource)) {
      try (PreparedStatement key =
          connection.prepareStatement(
              "INSERT INTO audit_signing_key (key_id, public_key, first_used_at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (key_id) DO NOTHING")) {
        key.setString(1, Ed25519.keyId(publicKeyX509));
        key.setBytes(2, publicKeyX509);
        key.setObject(3, utc(checkpoint.signedAt()));
        key.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO audit_checkpoint (seq, hash, signed_at, key_id, signature)"
                  + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING")) {
        insert.setLong(1, checkpoint.seq());
        insert.setBytes(2, checkpoint.hash());
        insert.setObject(3, utc(checkpoint.signedAt()));
        insert.setString(4, checkpoint.keyId());
        insert.setBytes(5, checkpoint.signature());
        return insert.executeUpdate() == 1;
      }
    }
  }

  private void query(
      String sql, List<Object> parameters, java.util.function.Consumer<AuditRecord> sink)
      throws SQLException {
    try (Connection connection = QgateDataSource.connect(dataSource);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(read(rows));
        }
      }
    }
  }

  private static void bind(PreparedStatement insert, AuditRecord record) throws SQLException {
    AuditEvent event = record.event();
    insert.setLong(1, record.seq());
    insert.setObject(2, event.eventId());
    insert.setObject(3, utc(event.occurredAt()));
    insert.setString(4, event.tenant());
    insert.setString(5, event.type().name());
    insert.setString(6, event.actor());
    insert.setString(7, event.subject());
    insert.setString(8, event.outcome().name());
    insert.setString(9, event.details());
    insert.setBytes(10, record.prevHash());
    insert.setBytes(11, record.hash());
  }

  private static AuditRecord read(ResultSet row) throws SQLException {
    long seq = row.getLong(1);
    AuditEvent event =
        new AuditEvent(
            row.getObject(2, UUID.class),
            row.getObject(3, OffsetDateTime.class).toInstant(),
            row.getString(4),
            known(AuditEventType.class, seq, "type", row.getString(5)),
            row.getString(6),
            row.getString(7),
            known(AuditOutcome.class, seq, "outcome", row.getString(8)),
            row.getString(9));
    return new AuditRecord(seq, event, row.getBytes(10), row.getBytes(11));
  }

  private static <E extends Enum<E>> E known(Class<E> type, long seq, String column, String value)
      throws UnreadableRowException {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new UnreadableRowException(
          seq, "its " + column + " '" + value + "' is not one qgate writes");
    }
  }

  /**
   * A stored row that is not an event qgate could have written (a column holds a value outside its
   * enumeration): it was changed in the database. Verifiers pass it to {@link
   * io.qgate.audit.domain.AuditChainVerifier#acceptUnreadable}, so the row is named as ALTERED
   * instead of the scan failing.
   */
  public static final class UnreadableRowException extends SQLDataException {

    private static final long serialVersionUID = 1L;

    private final long seq;
    private final String reason;

    UnreadableRowException(long seq, String reason) {
      super("audit row " + seq + " cannot be read: " + reason);
      this.seq = seq;
      this.reason = reason;
    }

    public long seq() {
      return seq;
    }

    /** Why, e.g. {@code its type 'X' is not one qgate writes}. */
    public String reason() {
      return reason;
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
