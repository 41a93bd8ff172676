package io.qgate.telemetry.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeviceKeyInfoTest {

  @Test
  void layoutIsLengthPrefixedIdEpochAndPurpose() {
    byte[] info = DeviceKeyInfo.encode("pmu-7", new Epoch(0x0102030405060708L, 9), "aead");

    assertThat(HexFormat.of().formatHex(info))
        .isEqualTo(
            "0005"
                + "706d752d37" // "pmu-7"
                + "0102030405060708" // period
                + "0000000000000009" // generation
                + "0004"
                + "61656164"); // "aead"
  }

  @Test
  void encodesUtf8ByteLengths() {
    byte[] info = DeviceKeyInfo.encode("é", new Epoch(0, 0), "x");

    assertThat(info).hasSize(2 + 2 + 16 + 2 + 1);
    assertThat(info[1]).isEqualTo((byte) 2);
  }

  @Test
  void ambiguousConcatenationsEncodeDifferently() {
    Epoch epoch = new Epoch(5, 0);

    assertThat(DeviceKeyInfo.encode("ab", epoch, "c"))
        .isNotEqualTo(DeviceKeyInfo.encode("a", epoch, "bc"));
  }

  @Test
  void rejectsEmptyAndOverlongFields() {
    Epoch epoch = new Epoch(0, 0);

    assertThatThrownBy(() -> DeviceKeyInfo.encode("", epoch, "aead"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceKeyInfo.encode("d", epoch, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceKeyInfo.encode("d".repeat(65_536), epoch, "aead"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DeviceKeyInfo.encode("d".repeat(65_535), epoch, "aead")).hasSize(65_535 + 24);
  }
}
