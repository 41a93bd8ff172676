package io.qgate.qkd.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.qkd.bits.BitArray;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Wegman and Carter, J. Comput. Syst. Sci. 22, 265 (1981): tags, forgery, key accounting. */
class WegmanCarterTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static WegmanCarter[] pair(HashKeyUse use, int words) {
    PreSharedKey alice = PreSharedKey.random(words, new SplittableRandom(42));
    return new WegmanCarter[] {new WegmanCarter(alice, use), new WegmanCarter(alice.copy(), use)};
  }

  @Property
  void tagsOfGenuineMessagesVerify(@ForAll @Size(max = 300) byte[] message) {
    WegmanCarter[] ab = pair(HashKeyUse.PER_SESSION, 8);
    assertThat(ab[1].verify(message, ab[0].tag(message))).isTrue();
  }

  @Property
  void aModifiedMessageFails(
      @ForAll @Size(min = 1, max = 300) byte[] message, @ForAll @IntRange(max = 2399) int bit) {
    WegmanCarter[] ab = pair(HashKeyUse.PER_TAG, 8);
    Tag tag = ab[0].tag(message);
    byte[] forged = message.clone();
    int position = bit % (8 * forged.length);
    forged[position / 8] ^= (byte) (1 << (position % 8));

    assertThat(ab[1].verify(forged, tag)).isFalse();
  }

  @Test
  void truncatedExtendedOrReplayedMessagesFail() {
    byte[] message = bytes("basis choices 0110");
    WegmanCarter[] ab = pair(HashKeyUse.PER_SESSION, 16);
    Tag first = ab[0].tag(message);
    assertThat(ab[1].verify(Arrays.copyOf(message, message.length - 1), first)).isFalse();

    Tag second = ab[0].tag(message);
    assertThat(ab[1].verify(Arrays.copyOf(message, message.length + 1), second)).isFalse();

    ab[0].tag(message);
    assertThat(ab[1].verify(message, first)).as("a replayed tag is out of sequence").isFalse();
  }

  @Test
  void aRoundTranscriptBindsEveryMessageAndItsBoundaries() {
    WegmanCarter[] ab = pair(HashKeyUse.PER_SESSION, 8);
    Tag tag = ab[0].tag(Transcript.of(bytes("ab"), bytes("c")));
    assertThat(ab[1].verify(Transcript.of(bytes("a"), bytes("bc")), tag)).isFalse();

    Tag next = ab[0].tag(Transcript.of(bytes("parity 1"), bytes("parity 0")));
    assertThat(ab[1].verify(Transcript.of(bytes("parity 1"), bytes("parity 0")), next)).isTrue();
  }

  @Test
  void consumedKeyIsAccountedWithAndWithoutRecycling() {
    WegmanCarter recycled = pair(HashKeyUse.PER_SESSION, 64)[0];
    WegmanCarter fresh = pair(HashKeyUse.PER_TAG, 64)[0];
    for (int i = 0; i < 10; i++) {
      recycled.tag(bytes("message " + i));
      fresh.tag(bytes("message " + i));
    }

    assertThat(recycled.consumption().bits())
        .isEqualTo(64 + 10 * 64)
        .isEqualTo(HashKeyUse.PER_SESSION.bitsFor(10));
    assertThat(fresh.consumption().bits())
        .isEqualTo(10 * 128)
        .isEqualTo(HashKeyUse.PER_TAG.bitsFor(10));
    assertThat(recycled.consumption().bitsPerTag()).isEqualTo(70.4);
    // "message i" is 9 bytes, framed with an 8-byte length: 3 blocks, ε = (3 + 1)/2^64 per tag.
    assertThat(recycled.consumption().forgeryBound()).isEqualTo(10 * 4 / 0x1p64);
  }

  @Test
  void theKeyPoolRunsOutAndCanBeReplenishedFromQkdOutput() {
    PreSharedKey key = PreSharedKey.random(3, new SplittableRandom(1));
    WegmanCarter alice = new WegmanCarter(key, HashKeyUse.PER_SESSION);
    alice.tag(bytes("one"));
    alice.tag(bytes("two"));
    assertThat(key.consumedBits()).isEqualTo(192);
    assertThatThrownBy(() -> alice.tag(bytes("three")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exhausted");

    key.replenish(BitArray.random(130, new SplittableRandom(2)));
    assertThat(key.remainingBits()).isEqualTo(128);
    alice.tag(bytes("three"));
    assertThat(key.remainingBits()).isEqualTo(64);
  }

  @Test
  void streamingAndOneShotHashesAgree() {
    PolynomialHash hash = new PolynomialHash(0x9E3779B97F4A7C15L);
    byte[] message = bytes("a message longer than one 64-bit block");
    long streamed =
        hash.digest().update(message, 0, 5).update(message, 5, message.length - 5).finish();

    assertThat(streamed).isEqualTo(hash.hash(message));
    assertThat(hash.hash(new byte[0])).isEqualTo(0);
    assertThat(hash.hash(new byte[] {0})).isNotEqualTo(hash.hash(new byte[] {0, 0}));
    assertThat(PolynomialHash.collisionBound(17)).isEqualTo(4 / 0x1p64);
  }
}
