package io.qgate.telemetry.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyMaterialTest {

  @Test
  void destroyZeroisesTheBytesAndBlocksReads() {
    byte[] owned = {1, 2, 3, 4};
    KeyMaterial key = KeyMaterial.wrap(owned);

    key.destroy();

    assertThat(owned).containsOnly(0);
    assertThat(key.isDestroyed()).isTrue();
    assertThatThrownBy(key::bytes).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> key.copyTo(new byte[4], 0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closeDestroys() {
    byte[] owned = {9, 9};
    try (KeyMaterial key = KeyMaterial.wrap(owned)) {
      assertThat(key.bytes()).containsExactly(9, 9);
    }

    assertThat(owned).containsOnly(0);
  }

  @Test
  void toStringNeverShowsTheBytes() {
    KeyMaterial key = KeyMaterial.copyOf(new byte[] {0x41, 0x42, 0x43, 0x44});

    assertThat(key.toString()).isEqualTo("KeyMaterial[4 bytes]").doesNotContain("41", "ABCD");
    key.destroy();
    assertThat(key.toString()).isEqualTo("KeyMaterial[destroyed]");
  }

  @Test
  void copiesAreIndependent() {
    byte[] source = {1, 2, 3};
    KeyMaterial key = KeyMaterial.copyOf(source);
    source[0] = 7;
    byte[] read = key.bytes();
    read[1] = 7;

    assertThat(key.bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void comparesContents() {
    assertThat(KeyMaterial.copyOf(new byte[] {1, 2}).sameAs(KeyMaterial.copyOf(new byte[] {1, 2})))
        .isTrue();
    assertThat(KeyMaterial.copyOf(new byte[] {1, 2}).sameAs(KeyMaterial.copyOf(new byte[] {1, 3})))
        .isFalse();
  }

  @Test
  void rejectsEmptyMaterial() {
    assertThatThrownBy(() -> KeyMaterial.wrap(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
