package io.qgate.vault.interfaces.rest;

import io.qgate.vault.domain.KekInventory;
import io.qgate.vault.domain.KekRewrap;
import io.qgate.vault.domain.WrappedCounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** KEK ids and counts of wrapped material; never a KEK or key bytes. */
public final class KekView {

  private KekView() {}

  /** Pool blocks, reserved keys and telemetry master keys under one KEK. */
  public record Counts(long poolBlocks, long keys, long masterKeys) {

    static Map<String, Counts> of(Map<String, WrappedCounts> counts) {
      Map<String, Counts> view = new LinkedHashMap<>();
      counts.forEach(
          (kek, c) -> view.put(kek, new Counts(c.poolBlocks(), c.keys(), c.masterKeys())));
      return view;
    }
  }

  /**
   * @param wrapped per KEK id, the material wrapped under it
   * @param notUnderCurrent what a rewrap would move; empty when the old KEK lines can go
   */
  public record Inventory(
      String currentKekId,
      List<String> configuredKekIds,
      Map<String, Counts> wrapped,
      Map<String, Counts> notUnderCurrent) {

    static Inventory of(KekInventory inventory) {
      return new Inventory(
          inventory.currentKekId(),
          inventory.configuredKekIds(),
          Counts.of(inventory.wrapped()),
          Counts.of(inventory.notUnderCurrent()));
    }
  }

  /**
   * @param rewrapped per old KEK id, what moved to the current KEK
   * @param remaining per KEK id, what is still not under the current KEK
   */
  public record Rewrap(
      String currentKekId, Map<String, Counts> rewrapped, Map<String, Counts> remaining) {

    static Rewrap of(KekRewrap rewrap) {
      return new Rewrap(
          rewrap.currentKekId(), Counts.of(rewrap.rewrapped()), Counts.of(rewrap.remaining()));
    }
  }
}
