package io.qgate.vault.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.KeyWrapping.Wrapped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KekRingTest {

  @TempDir Path dir;

  @Test
  void createsAPrivateKekFileAndWrapsUnderIt() throws Exception {
    Path file = dir.resolve("secrets/kek");
    KekRing ring = KekRing.load(Optional.of(file)).orElseThrow();
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(ring.currentKekId()).isEqualTo("kek-1");

    byte[] key = "thirty-two bytes of key material".getBytes(StandardCharsets.US_ASCII);
    UUID id = UUID.randomUUID();
    Wrapped wrapped = ring.wrap(id, key);
    assertThat(wrapped.bytes()).hasSize(12 + key.length + 16);
    assertThat(new String(wrapped.bytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("key material");
    assertThat(ring.unwrap(id, wrapped)).isEqualTo(key);
    // The same file read again (a restart) unwraps what the first ring wrapped.
    assertThat(KekRing.load(Optional.of(file)).orElseThrow().unwrap(id, wrapped)).isEqualTo(key);
  }

  @Test
  void aWrappedValueMovedToAnotherKeyOrAlteredDoesNotUnwrap() throws Exception {
    KekRing ring = KekRing.load(Optional.of(dir.resolve("kek"))).orElseThrow();
    UUID id = UUID.randomUUID();
    Wrapped wrapped = ring.wrap(id, new byte[32]);
    assertThatThrownBy(() -> ring.unwrap(UUID.randomUUID(), wrapped))
        .hasMessageContaining("does not unwrap");
    wrapped.bytes()[20] ^= 1;
    assertThatThrownBy(() -> ring.unwrap(id, wrapped)).hasMessageContaining("does not unwrap");
  }

  @Test
  void afterRotationNewKeysUseTheFirstKekAndOldOnesStillUnwrap() throws Exception {
    Path file = dir.resolve("kek");
    KekRing before = KekRing.load(Optional.of(file)).orElseThrow();
    UUID id = UUID.randomUUID();
    Wrapped old = before.wrap(id, new byte[] {1, 2, 3});
    String newKek = "kek-2 " + Base64.getEncoder().encodeToString(new byte[32]) + "\n";
    Files.writeString(file, newKek + Files.readString(file));

    KekRing after = KekRing.load(Optional.of(file)).orElseThrow();
    assertThat(after.kekIds()).containsExactly("kek-2", "kek-1");
    assertThat(after.wrap(id, new byte[] {4}).kekId()).isEqualTo("kek-2");
    assertThat(after.unwrap(id, old)).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> after.unwrap(id, new Wrapped("kek-9", old.bytes())))
        .isInstanceOf(EtsiException.class)
        .hasMessageContaining("not configured");
  }

  @Test
  void refusesAMalformedFileAndStaysShutWithoutOne() throws Exception {
    Path file = dir.resolve("bad");
    Files.writeString(file, "kek-1 c2hvcnQ=\n");
    assertThatThrownBy(() -> KekRing.load(Optional.of(file))).hasMessageContaining("32 bytes");
    assertThat(KekRing.load(Optional.empty())).isEmpty();
  }
}
