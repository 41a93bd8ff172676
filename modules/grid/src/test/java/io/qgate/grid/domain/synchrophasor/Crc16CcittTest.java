package io.qgate.grid.domain.synchrophasor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16CcittTest {

  @Test
  void matchesTheCatalogueCheckValueOfCrc16Ibm3740() {
    byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);

    assertThat(Crc16Ccitt.compute(data, 0, data.length)).isEqualTo(0x29B1);
  }

  @Test
  void startsFromFfffWithoutFinalXor() {
    assertThat(Crc16Ccitt.compute(new byte[0], 0, 0)).isEqualTo(0xFFFF);
    assertThat(Crc16Ccitt.compute(new byte[] {0x00}, 0, 1)).isEqualTo(0xE1F0);
  }

  @Test
  void coversOnlyTheGivenRange() {
    byte[] padded = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);

    assertThat(Crc16Ccitt.compute(padded, 2, 9)).isEqualTo(0x29B1);
  }
}
