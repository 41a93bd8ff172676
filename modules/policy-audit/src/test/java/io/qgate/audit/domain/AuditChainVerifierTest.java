package io.qgate.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.audit.domain.ChainBreak.Kind;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainVerifierTest {

  private static final int ROWS = 10;
  private static final int CHECKPOINT_SEQ = 8;
  private static final Instant SIGNED_AT = Instant.parse("2026-03-01T12:00:00.123456Z");

  private static final KeyPair SIGNER = newKeyPair();
  private static final KeyPair OTHER = newKeyPair();
  private static final String SIGNER_ID = keyId(SIGNER);
  private static final String OTHER_ID = keyId(OTHER);

  /** What the verifier gets: rows in seq order, checkpoints, registered keys, pinned key ids. */
  record Trail(
      List<AuditRecord> rows,
      List<Checkpoint> checkpoints,
      Map<String, byte[]> keys,
      Optional<Set<String>> trusted) {

    /** A good chain of {@value #ROWS} rows, row {@value #CHECKPOINT_SEQ} signed by SIGNER. */
    static Trail intact() {
      List<AuditRecord> rows = chain(ROWS);
      return new Trail(
          rows,
          List.of(checkpoint(rows.get(CHECKPOINT_SEQ - 1), SIGNER)),
          Map.of(SIGNER_ID, publicKey(SIGNER)),
          Optional.empty());
    }

    Trail rows(UnaryOperator<List<AuditRecord>> change) {
      return new Trail(change.apply(new ArrayList<>(rows)), checkpoints, keys, trusted);
    }

    Trail checkpoints(List<Checkpoint> replaced) {
      return new Trail(rows, replaced, keys, trusted);
    }

    Trail keys(Map<String, byte[]> replaced) {
      return new Trail(rows, checkpoints, replaced, trusted);
    }

    Trail trusting(String... keyIds) {
      return new Trail(rows, checkpoints, keys, Optional.of(Set.of(keyIds)));
    }

    VerificationReport verify() {
      AuditChainVerifier verifier = new AuditChainVerifier(checkpoints, keys, trusted);
      for (AuditRecord row : rows) {
        if (!verifier.accept(row)) {
          break;
        }
      }
      return verifier.finish();
    }
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        broken(
            "content altered, hash kept",
            Trail.intact().rows(rows -> replace(rows, 4, altered(rows.get(3)))),
            Kind.ALTERED,
            4),
        broken(
            "middle row deleted",
            Trail.intact().rows(rows -> without(rows, 4, 4)),
            Kind.DELETED,
            4),
        broken(
            "two middle rows deleted",
            Trail.intact().rows(rows -> without(rows, 4, 5)),
            Kind.DELETED,
            4),
        broken(
            "first row deleted", Trail.intact().rows(rows -> without(rows, 1, 1)), Kind.DELETED, 1),
        broken(
            "row put in between, later rows renumbered",
            Trail.intact().rows(AuditChainVerifierTest::insertAfterThree),
            Kind.INSERTED,
            4),
        broken(
            "forged row with random hashes after the last",
            Trail.intact()
                .rows(
                    rows -> {
                      rows.add(new AuditRecord(ROWS + 1, event(99), randomHash(), randomHash()));
                      return rows;
                    }),
            Kind.INSERTED,
            ROWS + 1),
        broken(
            "first row does not start at genesis",
            Trail.intact().rows(rows -> rechain(rows, 1, randomHash(), UnaryOperator.identity())),
            Kind.INSERTED,
            1),
        broken(
            "row altered and re-hashed, later rows not re-linked",
            Trail.intact()
                .rows(
                    rows ->
                        replace(
                            rows,
                            3,
                            AuditRecord.chain(
                                3, rows.get(1).hash(), altered(rows.get(2)).event()))),
            Kind.INSERTED,
            4),
        broken(
            "row altered, re-hashed and the chain re-linked up to a checkpoint",
            Trail.intact()
                .rows(
                    rows -> rechain(rows, 3, rows.get(1).hash(), AuditChainVerifierTest::mallory)),
            Kind.REWRITTEN,
            CHECKPOINT_SEQ),
        broken(
            "tail deleted below a checkpoint",
            Trail.intact().rows(rows -> without(rows, 6, ROWS)),
            Kind.DELETED,
            6),
        broken(
            "checkpoint signature altered",
            Trail.intact()
                .checkpoints(List.of(withFlippedSignature(Trail.intact().checkpoints().get(0)))),
            Kind.BAD_SIGNATURE,
            CHECKPOINT_SEQ),
        broken(
            "checkpoint beyond a deleted tail has a bad signature",
            Trail.intact()
                .rows(rows -> without(rows, 6, ROWS))
                .checkpoints(List.of(withFlippedSignature(Trail.intact().checkpoints().get(0)))),
            Kind.BAD_SIGNATURE,
            CHECKPOINT_SEQ),
        broken(
            "checkpoint signed by a key that is not registered",
            Trail.intact().keys(Map.of(OTHER_ID, publicKey(OTHER))),
            Kind.BAD_SIGNATURE,
            CHECKPOINT_SEQ),
        broken(
            "checkpoint signed by an unpinned key",
            Trail.intact()
                .keys(Map.of(SIGNER_ID, publicKey(SIGNER), OTHER_ID, publicKey(OTHER)))
                .trusting(OTHER_ID),
            Kind.BAD_SIGNATURE,
            CHECKPOINT_SEQ),
        broken(
            "chain rewritten and re-signed with a forged key registered under the pinned id",
            forgedUnderPinnedKeyId(),
            Kind.BAD_SIGNATURE,
            CHECKPOINT_SEQ));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void namesTheFirstBrokenRow(Trail trail, Kind kind, long seq) {
    VerificationReport report = trail.verify();

    assertThat(report.intact()).isFalse();
    assertThat(report.firstBreak()).get().extracting(ChainBreak::kind).isEqualTo(kind);
    assertThat(report.firstBreak()).get().extracting(ChainBreak::seq).isEqualTo(seq);
    assertThat(report.summary()).startsWith("audit trail BROKEN at row " + seq + " " + kind + ": ");
  }

  static Stream<Arguments> intactTrails() {
    return Stream.of(
        intact("unchanged, no key pinned", Trail.intact(), ROWS, 1, CHECKPOINT_SEQ),
        intact("unchanged, signer pinned", Trail.intact().trusting(SIGNER_ID), ROWS, 1, 8),
        intact(
            "rows after the last checkpoint deleted (cannot be told apart from not yet written)",
            Trail.intact().rows(rows -> without(rows, CHECKPOINT_SEQ + 1, ROWS)),
            CHECKPOINT_SEQ,
            1,
            CHECKPOINT_SEQ),
        intact("no checkpoints", Trail.intact().checkpoints(List.of()), ROWS, 0, 0),
        intact(
            "empty trail",
            Trail.intact().rows(rows -> new ArrayList<>()).checkpoints(List.of()),
            0,
            0,
            0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intactTrails")
  void reportsAnIntactTrail(
      Trail trail, long rows, int checkpointsChecked, long lastCheckpointSeq) {
    VerificationReport report = trail.verify();

    assertThat(report.firstBreak()).isEmpty();
    assertThat(report.intact()).isTrue();
    assertThat(report.rowsChecked()).isEqualTo(rows);
    assertThat(report.lastSeq()).isEqualTo(rows);
    assertThat(report.checkpointsChecked()).isEqualTo(checkpointsChecked);
    assertThat(report.lastCheckpointSeq()).isEqualTo(lastCheckpointSeq);
    assertThat(report.summary())
        .isEqualTo(
            "audit trail intact: "
                + rows
                + " rows, "
                + checkpointsChecked
                + " signed checkpoints (latest at row "
                + lastCheckpointSeq
                + ")");
  }

  @Test
  void stopsReadingAtTheFirstBreak() {
    List<AuditRecord> rows = chain(ROWS);
    rows.set(3, altered(rows.get(3)));
    AuditChainVerifier verifier = new AuditChainVerifier(List.of(), Map.of(), Optional.empty());

    List<Boolean> answers = new ArrayList<>();
    rows.forEach(row -> answers.add(verifier.accept(row)));

    assertThat(answers)
        .containsExactly(true, true, true, false, false, false, false, false, false, false);
    assertThat(verifier.finish().rowsChecked()).isEqualTo(4);
  }

  @Test
  void anUnreadableRowIsAlteredUnlessRowsAreMissingBeforeIt() {
    List<AuditRecord> rows = chain(3);
    AuditChainVerifier verifier = new AuditChainVerifier(List.of(), Map.of(), Optional.empty());
    rows.forEach(verifier::accept);

    assertThat(verifier.acceptUnreadable(4, "its type 'FORGED' is not one qgate writes")).isFalse();
    assertThat(verifier.finish().firstBreak())
        .contains(new ChainBreak(Kind.ALTERED, 4, "its type 'FORGED' is not one qgate writes"));

    AuditChainVerifier gap = new AuditChainVerifier(List.of(), Map.of(), Optional.empty());
    rows.forEach(gap::accept);
    gap.acceptUnreadable(6, "its type 'FORGED' is not one qgate writes");
    assertThat(gap.finish().firstBreak())
        .get()
        .extracting(ChainBreak::kind, ChainBreak::seq)
        .containsExactly(Kind.DELETED, 4L);
  }

  // --- building and tampering with chains -------------------------------------------------------

  private static Arguments broken(String name, Trail trail, Kind kind, long seq) {
    return Arguments.of(Named.of(name, trail), kind, seq);
  }

  private static Arguments intact(
      String name, Trail trail, long rows, int checkpoints, long lastCheckpointSeq) {
    return Arguments.of(Named.of(name, trail), rows, checkpoints, lastCheckpointSeq);
  }

  static List<AuditRecord> chain(int length) {
    List<AuditRecord> rows = new ArrayList<>();
    byte[] previous = AuditRecord.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      AuditRecord row = AuditRecord.chain(seq, previous, event(seq));
      rows.add(row);
      previous = row.hash();
    }
    return rows;
  }

  static AuditEvent event(int n) {
    return new AuditEvent(
        UUID.nameUUIDFromBytes(("event-" + n).getBytes()),
        Instant.parse("2026-03-01T10:00:00Z").plusMillis(1_000L * n + 7),
        "UTILITY",
        AuditEventType.KEY_ISSUANCE,
        "operator-" + n,
        "key-" + n,
        AuditOutcome.ALLOWED,
        CanonicalJson.write(Map.of("n", n, "keyClass", "QKD")));
  }

  /** The same row with another actor, its stored hashes untouched. */
  static AuditRecord altered(AuditRecord row) {
    return new AuditRecord(row.seq(), mallory(row.event()), row.prevHash(), row.hash());
  }

  static AuditEvent mallory(AuditEvent event) {
    return new AuditEvent(
        event.eventId(),
        event.occurredAt(),
        event.tenant(),
        event.type(),
        "mallory",
        event.subject(),
        event.outcome(),
        event.details());
  }

  static List<AuditRecord> replace(List<AuditRecord> rows, long seq, AuditRecord row) {
    rows.set((int) seq - 1, row);
    return rows;
  }

  static List<AuditRecord> without(List<AuditRecord> rows, long fromSeq, long toSeq) {
    rows.removeIf(row -> row.seq() >= fromSeq && row.seq() <= toSeq);
    return rows;
  }

  /** Re-hashes rows from {@code fromSeq} on, the first changed by {@code change}, re-linked. */
  static List<AuditRecord> rechain(
      List<AuditRecord> rows, long fromSeq, byte[] previous, UnaryOperator<AuditEvent> change) {
    for (int i = (int) fromSeq - 1; i < rows.size(); i++) {
      AuditRecord row = rows.get(i);
      AuditEvent event = row.seq() == fromSeq ? change.apply(row.event()) : row.event();
      AuditRecord rehashed = AuditRecord.chain(row.seq(), previous, event);
      rows.set(i, rehashed);
      previous = rehashed.hash();
    }
    return rows;
  }

  /** A well-formed row 4 chained to row 3; the old rows 4.. keep their content but move up one. */
  static List<AuditRecord> insertAfterThree(List<AuditRecord> rows) {
    List<AuditRecord> result = new ArrayList<>(rows.subList(0, 3));
    result.add(AuditRecord.chain(4, rows.get(2).hash(), event(99)));
    for (AuditRecord row : rows.subList(3, rows.size())) {
      result.add(new AuditRecord(row.seq() + 1, row.event(), row.prevHash(), row.hash()));
    }
    return result;
  }

  /**
   * Whoever can write the database rewrites the chain, signs a new checkpoint with their own key
   * and registers that key under the id of the key the auditor pinned.
   */
  static Trail forgedUnderPinnedKeyId() {
    List<AuditRecord> rows =
        rechain(chain(ROWS), 3, chain(ROWS).get(1).hash(), AuditChainVerifierTest::mallory);
    AuditRecord vouched = rows.get(CHECKPOINT_SEQ - 1);
    Checkpoint forged =
        new Checkpoint(
            vouched.seq(),
            vouched.hash(),
            SIGNED_AT,
            SIGNER_ID,
            Ed25519.sign(
                OTHER.getPrivate(),
                Checkpoint.signedContent(vouched.seq(), vouched.hash(), SIGNED_AT)));
    return new Trail(
        rows, List.of(forged), Map.of(SIGNER_ID, publicKey(OTHER)), Optional.of(Set.of(SIGNER_ID)));
  }

  static Checkpoint checkpoint(AuditRecord row, KeyPair signer) {
    return new Checkpoint(
        row.seq(),
        row.hash(),
        SIGNED_AT,
        keyId(signer),
        Ed25519.sign(
            signer.getPrivate(), Checkpoint.signedContent(row.seq(), row.hash(), SIGNED_AT)));
  }

  static Checkpoint withFlippedSignature(Checkpoint checkpoint) {
    byte[] signature = checkpoint.signature().clone();
    signature[10] ^= 0x01;
    return new Checkpoint(
        checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt(), checkpoint.keyId(), signature);
  }

  static byte[] randomHash() {
    byte[] hash = new byte[32];
    new java.security.SecureRandom().nextBytes(hash);
    return hash;
  }

  static KeyPair newKeyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] publicKey(KeyPair pair) {
    return pair.getPublic().getEncoded();
  }

  static String keyId(KeyPair pair) {
    return Ed25519.keyId(publicKey(pair));
  }
}
