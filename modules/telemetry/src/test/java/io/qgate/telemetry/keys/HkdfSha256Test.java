package io.qgate.telemetry.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HkdfSha256Test {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void rfc5869TestCase1() {
    // RFC 5869 Appendix A.1: basic test case with SHA-256
    byte[] ikm = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    byte[] salt = HEX.parseHex("000102030405060708090a0b0c");
    byte[] info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");

    assertThat(HEX.formatHex(HkdfSha256.extract(salt, ikm)))
        .isEqualTo("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
    assertThat(HEX.formatHex(HkdfSha256.derive(salt, ikm, info, 42)))
        .isEqualTo(
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  }

  @Test
  void rfc5869TestCase2() {
    // RFC 5869 Appendix A.2: longer inputs and outputs
    byte[] ikm = range(0x00, 80);
    byte[] salt = range(0x60, 80);
    byte[] info = range(0xb0, 80);

    assertThat(HEX.formatHex(HkdfSha256.extract(salt, ikm)))
        .isEqualTo("06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244");
    assertThat(HEX.formatHex(HkdfSha256.derive(salt, ikm, info, 82)))
        .isEqualTo(
            "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                + "cc30c58179ec3e87c14c01d5c1f3434f1d87");
  }

  @Test
  void rfc5869TestCase3() {
    // RFC 5869 Appendix A.3: zero-length salt and info
    byte[] ikm = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");

    assertThat(HEX.formatHex(HkdfSha256.extract(new byte[0], ikm)))
        .isEqualTo("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04");
    assertThat(HEX.formatHex(HkdfSha256.derive(new byte[0], ikm, new byte[0], 42)))
        .isEqualTo(
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 16, 31, 32, 33, 64, 65, 100, 255 * 32})
  void agreesWithBouncyCastleForEveryOutputLength(int length) {
    SplittableRandom random = new SplittableRandom(length);
    byte[] salt = bytes(random, 32);
    byte[] ikm = bytes(random, 48);
    byte[] info = bytes(random, 57);
    HKDFBytesGenerator reference = new HKDFBytesGenerator(new SHA256Digest());
    reference.init(new HKDFParameters(ikm, salt, info));
    byte[] expected = new byte[length];
    reference.generateBytes(expected, 0, length);

    assertThat(HkdfSha256.derive(salt, ikm, info, length)).isEqualTo(expected);
  }

  @Test
  void expanderGivesTheSameKeysOnEveryCall() {
    byte[] prk = HkdfSha256.extract(range(1, 32), range(2, 32));
    HkdfExpander expander = new HkdfExpander(prk);
    byte[] info = range(3, 20);
    byte[] first = new byte[70];
    byte[] second = new byte[70];
    expander.expand(info, info.length, first, 70);
    expander.expand(info, info.length, second, 70);

    assertThat(first).isEqualTo(second).isEqualTo(HkdfSha256.expand(prk, info, 70));
  }

  @Test
  void rejectsOutputLengthsOutsideTheRfcRange() {
    byte[] prk = new byte[32];

    assertThatThrownBy(() -> HkdfSha256.expand(prk, new byte[0], 255 * 32 + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HkdfSha256.expand(prk, new byte[0], 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAShortPrk() {
    assertThatThrownBy(() -> new HkdfExpander(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void destroyedExpanderRefusesToExpand() {
    HkdfExpander expander = new HkdfExpander(new byte[32]);
    expander.destroy();

    assertThat(expander.isDestroyed()).isTrue();
    assertThatThrownBy(() -> expander.expand(new byte[0], 0, new byte[32], 32))
        .isInstanceOf(IllegalStateException.class);
  }

  private static byte[] range(int first, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (first + i);
    }
    return bytes;
  }

  private static byte[] bytes(SplittableRandom random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
