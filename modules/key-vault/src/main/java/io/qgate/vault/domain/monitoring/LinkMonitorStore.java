package io.qgate.vault.domain.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where link monitoring keeps its state: compromise marks, good windows, attached eavesdroppers and
 * the per-link time series. PostgreSQL, so that every instance agrees.
 */
public interface LinkMonitorStore {

  /** The link's state; empty if the network registry does not hold the link. */
  Optional<LinkHealth> health(String linkId);

  /**
   * The state of each of the links, ordered by id, in one query; a link the network registry does
   * not hold is left out.
   */
  List<LinkHealth> health(Collection<String> linkIds);

  /** The eavesdropper attached to the link, if any. */
  Optional<LinkAttack> attack(String linkId);

  /**
   * Marks the link compromised unless it already is, with the QBER that compromised it and no
   * secret key rate: its health never shows the mark beside the last honest reading.
   *
   * @return true if this call marked it
   */
  boolean markCompromised(String linkId, double qber, String reason);

  /** Closes the current good window at the database's now() if {@code window} has elapsed. */
  void confirmGood(String linkId, Duration window);

  /**
   * Clears the compromise and starts a new window; {@code beforeClear} runs while the link's row is
   * locked (it records the audit event; if it throws, nothing changes).
   *
   * @throws io.qgate.platform.domain.ConflictException if the link is not compromised
   */
  LinkHealth clear(String linkId, Consumer<LinkHealth> beforeClear);

  /** Attaches (or replaces) the link's eavesdropper. */
  void attach(String linkId, LinkAttack attack);

  /**
   * @return true if an eavesdropper was attached
   */
  boolean detach(String linkId);

  /** Appends one window per sample (one batch). */
  void record(List<LinkSample> samples);

  /** Samples of one link in [from, to), averaged over buckets of {@code step}. */
  List<LinkSample> samples(String linkId, Instant from, Instant to, Duration step);

  /** Deletes samples older than {@code before}; returns how many. */
  long purge(Instant before);
}
