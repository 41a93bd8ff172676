package io.qgate.audit.infrastructure;

import io.qgate.audit.domain.AuditQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** An {@link AuditQuery} as a SQL WHERE clause and its parameters. */
record Filter(String where, List<Object> parameters) {

  static Filter of(AuditQuery query) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    query.tenant().ifPresent(t -> add(conditions, parameters, "tenant = ?", t));
    query
        .from()
        .ifPresent(t -> add(conditions, parameters, "occurred_at >= ?", JdbcAuditStore.utc(t)));
    query
        .to()
        .ifPresent(t -> add(conditions, parameters, "occurred_at < ?", JdbcAuditStore.utc(t)));
    query.type().ifPresent(t -> add(conditions, parameters, "type = ?", t.name()));
    query.outcome().ifPresent(o -> add(conditions, parameters, "outcome = ?", o.name()));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Filter(where, List.copyOf(parameters));
  }

  void bind(PreparedStatement statement, int firstIndex) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(firstIndex + i, parameters.get(i));
    }
  }

  private static void add(
      List<String> conditions, List<Object> parameters, String sql, Object value) {
    conditions.add(sql);
    parameters.add(value);
  }
}
