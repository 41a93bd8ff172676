package io.qgate.alerts.domain;

import io.qgate.platform.domain.Tenant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The open alerts of some tenants, counted by tenant and severity: every tenant asked about and
 * every severity appear, with zero where nothing is open.
 */
public record AlertSummary(long open, List<Count> counts) {

  /** Open alerts of one tenant at one severity. */
  public record Count(Tenant tenant, AlertSeverity severity, long open) {}

  public AlertSummary {
    counts = List.copyOf(counts);
  }

  /** The summary of {@code tenants} from the non-zero counts a query found. */
  public static AlertSummary of(Set<Tenant> tenants, List<Count> found) {
    Map<Tenant, Map<AlertSeverity, Long>> table = new EnumMap<>(Tenant.class);
    for (Tenant tenant : new TreeSet<>(tenants)) {
      Map<AlertSeverity, Long> row = new EnumMap<>(AlertSeverity.class);
      for (AlertSeverity severity : AlertSeverity.values()) {
        row.put(severity, 0L);
      }
      table.put(tenant, row);
    }
    long open = 0;
    for (Count count : found) {
      Map<AlertSeverity, Long> row = table.get(count.tenant());
      if (row != null) {
        row.merge(count.severity(), count.open(), Long::sum);
        open += count.open();
      }
    }
    List<Count> counts = new ArrayList<>();
    table.forEach(
        (tenant, row) -> row.forEach((severity, n) -> counts.add(new Count(tenant, severity, n))));
    return new AlertSummary(open, counts);
  }
}
