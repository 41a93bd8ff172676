package io.qgate.vault.application;

import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.LinkReport;
import io.qgate.vault.domain.LinkSource;
import io.qgate.vault.domain.LinkStatus;
import io.qgate.vault.domain.monitoring.CompromiseRule;
import io.qgate.vault.domain.monitoring.LinkHealth;
import io.qgate.vault.domain.monitoring.LinkMonitorStore;
import io.qgate.vault.domain.monitoring.LinkObservation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One window (runner tick) of a monitored link: a compromised link produces nothing (simulated
 * links still measure, external links are not pulled); otherwise the window is judged before any of
 * its key is kept — a bad one marks the link compromised and deposits nothing, a good one fills the
 * pool and, once {@code qgate.vault.monitor-window-seconds} of good windows have passed, confirms
 * what the link produced so far.
 */
@ApplicationScoped
public class LinkWatch {

  /** What a tick did and what the link measured (empty for external links). */
  public record Tick(LinkReport report, Optional<LinkObservation> seen) {}

  private static final Logger LOG = Logger.getLogger(LinkWatch.class.getName());

  @Inject LinkMonitorStore store;
  @Inject LinkMonitorService monitor;

  @Inject
  @ConfigProperty(name = "qgate.vault.monitor-window-seconds", defaultValue = "10")
  long windowSeconds;

  @PostConstruct
  void check() {
    if (windowSeconds < 1) {
      LOG.severe(
          "QGATE_VAULT_MONITOR_WINDOW_SECONDS must be at least 1, was "
              + windowSeconds
              + "; using the default 10");
      windowSeconds = 10;
    }
  }

  public Tick tick(LinkPhysics link, double qberThreshold, LinkSource source, long roomBlocks) {
    Optional<LinkHealth> health = store.health(link.linkId());
    if (health.isEmpty()) { // deleted from the registry meanwhile
      return new Tick(LinkReport.of(LinkStatus.NO_KEY, null, 0), Optional.empty());
    }
    Optional<LinkObservation> seen = source.observe(link, health.get().attack());
    if (health.get().compromised()) {
      return compromised(seen, health.get().compromiseReason());
    }
    Optional<String> bad = seen.flatMap(s -> CompromiseRule.judge(s, qberThreshold));
    if (bad.isPresent()) {
      monitor.compromise(
          link.linkId(), seen.get(), bad.get(), qberThreshold, health.get().lastGoodAt());
      return compromised(seen, bad.get());
    }
    LinkReport report =
        seen.isPresent()
            ? source.fill(link, seen.get(), roomBlocks)
            : source.fill(link, roomBlocks);
    store.confirmGood(link.linkId(), Duration.ofSeconds(windowSeconds));
    return new Tick(report, seen);
  }

  private static Tick compromised(Optional<LinkObservation> seen, String reason) {
    Double qber = seen.map(LinkObservation::qber).orElse(null);
    return new Tick(new LinkReport(LinkStatus.COMPROMISED, qber, 0, reason), seen);
  }
}
