package io.qgate.telemetry.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.telemetry.keys.Epoch;
import io.qgate.telemetry.keys.EpochSchedule;
import io.qgate.telemetry.keys.KeyMaterial;
import io.qgate.telemetry.keys.MasterKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AsconAEAD128;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recomputes the worked example of docs/telemetry-envelope.md from the numbers in that file, twice:
 * as a third party would, from the document's rules with nothing but the JDK's HMAC and AES-GCM and
 * BouncyCastle's Ascon (no qgate code); and with {@link EnvelopeSealer} and {@link EnvelopeOpener}.
 * If the code or the document changes alone, this fails.
 */
class WorkedExampleTest {

  private static final Path DOCUMENT = Path.of("../../docs/telemetry-envelope.md");
  private static Map<String, byte[]> values;

  @BeforeAll
  static void readTheDocument() throws Exception {
    String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    String example = text.substring(text.indexOf("## Worked example"));
    String block = example.substring(example.indexOf("```\n") + 4);
    block = block.substring(0, block.indexOf("```"));
    values = new LinkedHashMap<>();
    String name = null;
    StringBuilder hex = new StringBuilder();
    for (String line : block.split("\n")) {
      if (!line.startsWith(" ")) {
        if (name != null) {
          values.put(name, HexFormat.of().parseHex(hex.toString()));
        }
        name = line.substring(0, line.indexOf('=')).trim();
        hex.setLength(0);
        line = line.substring(line.indexOf('=') + 1);
      }
      hex.append(line.replace(" ", ""));
    }
    values.put(name, HexFormat.of().parseHex(hex.toString()));
  }

  private static byte[] v(String name) {
    assertThat(values).containsKey(name);
    return values.get(name);
  }

  private static String utf8(String name) {
    return new String(v(name), StandardCharsets.UTF_8);
  }

  private static long u64(String name) {
    return EnvelopeLayout.getLong(v(name), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aes", "ascon"})
  void aThirdPartyGetsEveryValueFromTheRulesAlone(String algorithm) throws Exception {
    boolean aes = algorithm.equals("aes");
    String purpose = aes ? "qgate-telemetry/aes-256-gcm" : "qgate-telemetry/ascon-aead128";
    int keyLength = aes ? 32 : 16;

    Mac extract = Mac.getInstance("HmacSHA256");
    extract.init(new SecretKeySpec(v("master.salt"), "HmacSHA256"));
    byte[] prk = extract.doFinal(v("master.secret"));
    assertThat(prk).isEqualTo(v("prk"));

    ByteArrayOutputStream info = new ByteArrayOutputStream();
    lengthPrefixed(info, v("device"));
    info.write(v("epoch.period"));
    info.write(v("epoch.generation"));
    lengthPrefixed(info, purpose.getBytes(StandardCharsets.US_ASCII));
    assertThat(info.toByteArray()).isEqualTo(v(algorithm + ".info"));

    Mac expand = Mac.getInstance("HmacSHA256"); // one block T(1) = HMAC(PRK, info ‖ 0x01)
    expand.init(new SecretKeySpec(prk, "HmacSHA256"));
    expand.update(info.toByteArray());
    expand.update((byte) 1);
    byte[] key = Arrays.copyOf(expand.doFinal(), keyLength);
    assertThat(key).isEqualTo(v(algorithm + ".key"));

    ByteArrayOutputStream nonce = new ByteArrayOutputStream();
    nonce.write(new byte[aes ? 4 : 8]);
    nonce.write(v("sequence"));
    assertThat(nonce.toByteArray()).isEqualTo(v(algorithm + ".nonce"));

    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.write(1);
    header.write(aes ? 1 : 2);
    header.write(v("device").length);
    header.write(v("device"));
    header.write(v("master.id"));
    header.write(v("epoch.period"));
    header.write(v("epoch.generation"));
    header.write(v("sequence"));
    header.write(nonce.toByteArray());
    assertThat(header.toByteArray()).isEqualTo(v(algorithm + ".header"));

    ByteArrayOutputStream aad = new ByteArrayOutputStream();
    aad.write("qgate-telemetry-v1".getBytes(StandardCharsets.US_ASCII));
    lengthPrefixed(aad, v("topic"));
    aad.write(header.toByteArray());
    assertThat(aad.toByteArray()).isEqualTo(v(algorithm + ".aad"));

    byte[] sealed =
        aes
            ? aesGcm(key, nonce.toByteArray(), aad.toByteArray(), v("payload"))
            : ascon(key, nonce.toByteArray(), aad.toByteArray(), v("payload"));
    int c = v("payload").length;
    assertThat(Arrays.copyOf(sealed, c)).isEqualTo(v(algorithm + ".ciphertext"));
    assertThat(Arrays.copyOfRange(sealed, c, c + 16)).isEqualTo(v(algorithm + ".tag"));

    ByteArrayOutputStream envelope = new ByteArrayOutputStream();
    envelope.write(header.toByteArray());
    envelope.write(sealed);
    assertThat(envelope.toByteArray()).isEqualTo(v(algorithm + ".envelope"));
  }

  @Test
  void theLibrarySealsAndOpensTheSameBytes() {
    long sequence = u64("sequence");
    Instant time = Instant.parse("2026-11-27T00:30:00Z");
    EpochSchedule hourly = EpochSchedule.timeOnly(Duration.ofHours(1));
    assertThat(hourly.epochAt(time, 0))
        .isEqualTo(new Epoch(u64("epoch.period"), u64("epoch.generation")));
    long msb = EnvelopeLayout.getLong(v("master.id"), 0);
    long lsb = EnvelopeLayout.getLong(v("master.id"), 8);
    MasterKey masterKey =
        new MasterKey(new UUID(msb, lsb), KeyMaterial.copyOf(v("master.secret")), v("master.salt"));
    assertThat(masterKey.keyId()).hasToString("7b1c2a9e-5d4f-4e3a-9c8b-1a2b3c4d5e6f");
    for (Algorithm algorithm : Algorithm.values()) {
      String prefix = algorithm == Algorithm.AES_256_GCM ? "aes" : "ascon";
      try (EnvelopeSealer sealer =
              new EnvelopeSealer(
                  GatewayKeySource.fixed(masterKey, hourly, algorithm),
                  new DeviceSequences(() -> sequence),
                  Clock.fixed(time, ZoneOffset.UTC),
                  new DeviceKeyCache(4));
          EnvelopeOpener opener = new EnvelopeOpener(MasterKeys.of(masterKey))) {
        byte[] envelope = sealer.seal(utf8("topic"), utf8("device"), v("payload"));
        assertThat(envelope).isEqualTo(v(prefix + ".envelope"));
        Accepted opened = (Accepted) opener.open(utf8("topic"), v(prefix + ".envelope"));
        assertThat(opened.payload()).isEqualTo(v("payload"));
        assertThat(new String(opened.payload(), StandardCharsets.US_ASCII))
            .isEqualTo("freq=50.012;v=231.4");
      }
    }
  }

  private static void lengthPrefixed(ByteArrayOutputStream out, byte[] field) {
    out.write(field.length >>> 8);
    out.write(field.length);
    out.writeBytes(field);
  }

  private static byte[] aesGcm(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext)
      throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(aad);
    return cipher.doFinal(plaintext);
  }

  private static byte[] ascon(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext)
      throws Exception {
    AsconAEAD128 engine = new AsconAEAD128();
    engine.init(true, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
    byte[] out = new byte[engine.getOutputSize(plaintext.length)];
    int n = engine.processBytes(plaintext, 0, plaintext.length, out, 0);
    engine.doFinal(out, n);
    return out;
  }
}
