package io.qgate.alerts.interfaces.rest;

import io.qgate.alerts.domain.AlertSummary;
import java.util.List;

/**
 * Open alerts within the caller's tenants: the total, and one count per tenant and severity (zero
 * included, so a chart has every bar).
 */
public record AlertSummaryView(long open, List<CountView> counts) {

  /** Open alerts of one tenant at one severity. */
  public record CountView(String tenant, String severity, long open) {}

  static AlertSummaryView of(AlertSummary summary) {
    return new AlertSummaryView(
        summary.open(),
        summary.counts().stream()
            .map(c -> new CountView(c.tenant().name(), c.severity().name(), c.open()))
            .toList());
  }
}
