package io.qgate.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

  @Test
  void idsAreVersionFourVariantTwoAndDistinct() {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = RandomIds.uuid();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(UUID.fromString(id.toString())).isEqualTo(id);
      seen.add(id);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void everyRandomBitVaries() {
    long mostOr = 0;
    long mostAnd = -1;
    long leastOr = 0;
    long leastAnd = -1;
    for (int i = 0; i < 1_000; i++) {
      UUID id = RandomIds.uuid();
      mostOr |= id.getMostSignificantBits();
      mostAnd &= id.getMostSignificantBits();
      leastOr |= id.getLeastSignificantBits();
      leastAnd &= id.getLeastSignificantBits();
    }
    // Only the version nibble and the two variant bits are fixed.
    assertThat(mostOr ^ mostAnd).isEqualTo(~0xF000L);
    assertThat(leastOr ^ leastAnd).isEqualTo(0x3FFFFFFFFFFFFFFFL);
  }

  @Test
  void timeOrderedIdsAreVersionSevenVariantTwoCarryTheTimeAndDistinct() {
    long before = System.currentTimeMillis();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = RandomIds.timeOrderedUuid();
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
      seen.add(id);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void timeOrderedIdsOfLaterMillisecondsSortAfterEarlierOnes() throws InterruptedException {
    UUID earlier = RandomIds.timeOrderedUuid();
    Thread.sleep(2);
    UUID later = RandomIds.timeOrderedUuid();

    // PostgreSQL orders uuid values by their bytes, unsigned: as their text sorts.
    assertThat(later.toString()).isGreaterThan(earlier.toString());
  }

  @Test
  void everyRandomBitOfATimeOrderedIdVaries() {
    long randAOr = 0;
    long randAAnd = -1;
    long leastOr = 0;
    long leastAnd = -1;
    for (int i = 0; i < 1_000; i++) {
      UUID id = RandomIds.timeOrderedUuid();
      randAOr |= id.getMostSignificantBits() & 0x0FFFL;
      randAAnd &= id.getMostSignificantBits() & 0x0FFFL;
      leastOr |= id.getLeastSignificantBits();
      leastAnd &= id.getLeastSignificantBits();
    }
    assertThat(randAOr ^ randAAnd).isEqualTo(0x0FFFL);
    assertThat(leastOr ^ leastAnd).isEqualTo(0x3FFFFFFFFFFFFFFFL);
  }
}
