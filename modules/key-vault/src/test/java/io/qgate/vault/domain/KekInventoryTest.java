package io.qgate.vault.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KekInventoryTest {

  @Test
  void aRewrapWouldMoveWhatIsUnderAnyOtherKekConfiguredOrNot() {
    KekInventory inventory =
        new KekInventory(
            "kek-3",
            List.of("kek-3", "kek-2"),
            Map.of(
                "kek-3", new WrappedCounts(10, 2),
                "kek-2", new WrappedCounts(5, 1),
                "kek-1", new WrappedCounts(1, 0),
                "kek-0", WrappedCounts.NONE));
    assertThat(inventory.notUnderCurrent())
        .containsExactly(
            Map.entry("kek-1", new WrappedCounts(1, 0)),
            Map.entry("kek-2", new WrappedCounts(5, 1)));
    assertThat(inventory.wrapped().keySet()).containsExactly("kek-0", "kek-1", "kek-2", "kek-3");
  }

  @Test
  void onlyAReservedKeyHoldsMaterial() {
    assertThat(KeyState.values())
        .filteredOn(KeyState::holdsMaterial)
        .containsExactly(KeyState.RESERVED);
  }
}
