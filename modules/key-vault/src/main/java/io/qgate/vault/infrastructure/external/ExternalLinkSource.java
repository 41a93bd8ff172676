package io.qgate.vault.infrastructure.external;

import io.qgate.vault.domain.EtsiLimits;
import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkPhysics;
import io.qgate.vault.domain.LinkReport;
import io.qgate.vault.domain.LinkSource;
import io.qgate.vault.domain.LinkStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A link whose key comes from QKD hardware: each tick the vault, as the master SAE, asks the
 * master's KME how much key it holds and for up to a batch of 256-bit keys (enc_keys), then, as the
 * slave SAE, asks the slave's KME for the same keys (dec_keys), and deposits them if both gave the
 * same bytes. dec_keys consumes the keys on the hardware: a crash between it and the deposit loses
 * them (at most once, never twice). ETSI 014 carries no QBER: the blocks record 0 and the link's
 * QBER stays unknown.
 */
final class ExternalLinkSource implements LinkSource {

  private static final int KEY_BITS = EtsiLimits.BLOCK_BITS; // one key, one pool block

  private final ExternalLink link;
  private final KmeClient master;
  private final KmeClient slave;
  private final KeyStore store;
  private long lastFillNanos = System.nanoTime();

  ExternalLinkSource(ExternalLink link, KeyStore store) {
    this.link = link;
    this.master = new KmeClient(link.master());
    this.slave = new KmeClient(link.slave());
    this.store = store;
  }

  @Override
  public LinkReport fill(LinkPhysics physics, long roomBlocks) {
    long now = System.nanoTime();
    double seconds = Math.max(1e-3, (now - lastFillNanos) / 1e9);
    lastFillNanos = now;
    if (roomBlocks <= 0) {
      return LinkReport.of(LinkStatus.POOL_FULL, null, 0);
    }
    List<PulledKey> sent = List.of();
    List<PulledKey> received = List.of();
    try {
      KmeStatus status = master.status(link.slave().saeId());
      long number =
          Math.min(
              Math.min(link.batch(), roomBlocks),
              Math.min(status.maxKeyPerRequest(), status.storedKeyCount()));
      if (number <= 0) {
        return new LinkReport(
            LinkStatus.NO_KEY, null, 0, "KME " + link.master().url() + " holds no key to give");
      }
      sent = master.encKeys(link.slave().saeId(), (int) number, KEY_BITS);
      DeliveryCheck.encAnswer(sent, (int) number, KEY_BITS, "KME " + link.master().url());
      received = slave.decKeys(link.master().saeId(), sent.stream().map(PulledKey::keyId).toList());
      DeliveryCheck.sameKeys(
          sent, received, "KMEs " + link.master().url() + " and " + link.slave().url());
      List<byte[]> blocks = new ArrayList<>(sent.size());
      sent.forEach(k -> blocks.add(k.material()));
      store.deposit(link.linkId(), 0.0, blocks);
      return LinkReport.of(
          sent.size() == roomBlocks ? LinkStatus.POOL_FULL : LinkStatus.RUNNING,
          null,
          sent.size() * KEY_BITS / seconds);
    } catch (KmeFailure failure) {
      return new LinkReport(failure.status(), null, 0, failure.getMessage());
    } finally {
      sent.forEach(PulledKey::erase);
      received.forEach(PulledKey::erase);
    }
  }
}
