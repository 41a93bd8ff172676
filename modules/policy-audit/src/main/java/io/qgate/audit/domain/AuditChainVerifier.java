package io.qgate.audit.domain;

import io.qgate.audit.domain.ChainBreak.Kind;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Recomputes the chain row by row, in {@code seq} order, and checks every signed checkpoint on the
 * way; stops at the first break and names the row. Rows are streamed in, so a trail of any length
 * verifies in constant memory (the checkpoints are held).
 */
public final class AuditChainVerifier {

  private final SortedMap<Long, Checkpoint> checkpoints = new TreeMap<>();
  private final Map<String, byte[]> publicKeys;
  private final Optional<Set<String>> trustedKeyIds;

  private AuditRecord previous;
  private AuditRecord beforePrevious;
  private long rows;
  private int checkpointsChecked;
  private long lastCheckpointSeq;
  private ChainBreak firstBreak;

  /**
   * @param publicKeys X.509-encoded Ed25519 keys by key id, as registered with the trail
   * @param trustedKeyIds when present, only checkpoints signed by these keys count (an auditor pins
   *     the key out of band; registered keys alone can be replaced by whoever writes the database)
   */
  public AuditChainVerifier(
      Iterable<Checkpoint> checkpoints,
      Map<String, byte[]> publicKeys,
      Optional<Set<String>> trustedKeyIds) {
    checkpoints.forEach(c -> this.checkpoints.put(c.seq(), c));
    this.publicKeys = Map.copyOf(publicKeys);
    this.trustedKeyIds = trustedKeyIds.map(Set::copyOf);
  }

  /** Checks the next row; false once a break is found (later rows need not be read). */
  public boolean accept(AuditRecord row) {
    if (firstBreak != null) {
      return false;
    }
    rows++;
    firstBreak = linkBreak(row).orElseGet(() -> contentOrCheckpointBreak(row));
    beforePrevious = previous;
    previous = row;
    return firstBreak == null;
  }

  /**
   * Takes note of row {@code seq}, which exists but cannot be read as an event: a column holds a
   * value qgate never writes (say, an unknown event type), so it was changed in the database. The
   * row is ALTERED, unless rows are missing before it. Always false: later rows need not be read.
   */
  public boolean acceptUnreadable(long seq, String why) {
    if (firstBreak != null) {
      return false;
    }
    rows++;
    long expectedSeq = previous == null ? 1 : previous.seq() + 1;
    firstBreak =
        seq > expectedSeq ? missing(expectedSeq, seq) : new ChainBreak(Kind.ALTERED, seq, why);
    return false;
  }

  public VerificationReport finish() {
    if (firstBreak == null) {
      long lastSeq = previous == null ? 0 : previous.seq();
      for (Checkpoint beyond : checkpoints.tailMap(lastSeq + 1).values()) {
        firstBreak =
            signatureBreak(beyond)
                .orElse(
                    new ChainBreak(
                        Kind.DELETED,
                        lastSeq + 1,
                        "rows "
                            + (lastSeq + 1)
                            + " to "
                            + beyond.seq()
                            + " are missing; a signed checkpoint vouches for row "
                            + beyond.seq()));
        break;
      }
    }
    return new VerificationReport(
        rows,
        previous == null ? 0 : previous.seq(),
        checkpointsChecked,
        lastCheckpointSeq,
        Optional.ofNullable(firstBreak));
  }

  private Optional<ChainBreak> linkBreak(AuditRecord row) {
    long expectedSeq = previous == null ? 1 : previous.seq() + 1;
    if (row.seq() > expectedSeq) {
      return Optional.of(missing(expectedSeq, row.seq()));
    }
    boolean linked =
        previous == null
            ? Arrays.equals(row.prevHash(), AuditRecord.GENESIS)
            : row.follows(previous);
    if (linked) {
      return Optional.empty();
    }
    if (beforePrevious != null && row.follows(beforePrevious)) {
      return Optional.of(
          new ChainBreak(
              Kind.INSERTED,
              previous.seq(),
              "row "
                  + row.seq()
                  + " links to row "
                  + beforePrevious.seq()
                  + ", so row "
                  + previous.seq()
                  + " was put in between"));
    }
    return Optional.of(
        new ChainBreak(
            Kind.INSERTED,
            row.seq(),
            previous == null
                ? "the first row does not start the chain"
                : "does not link to row "
                    + previous.seq()
                    + " (inserted, or row "
                    + previous.seq()
                    + " was altered and re-hashed)"));
  }

  private static ChainBreak missing(long expectedSeq, long nextSeq) {
    return new ChainBreak(
        Kind.DELETED,
        expectedSeq,
        nextSeq - expectedSeq == 1
            ? "row " + expectedSeq + " is missing"
            : "rows " + expectedSeq + " to " + (nextSeq - 1) + " are missing");
  }

  private ChainBreak contentOrCheckpointBreak(AuditRecord row) {
    if (!row.contentMatchesHash()) {
      return new ChainBreak(Kind.ALTERED, row.seq(), "its content does not match its hash");
    }
    Checkpoint checkpoint = checkpoints.get(row.seq());
    if (checkpoint == null) {
      return null;
    }
    Optional<ChainBreak> badSignature = signatureBreak(checkpoint);
    if (badSignature.isPresent()) {
      return badSignature.get();
    }
    if (!Arrays.equals(checkpoint.hash(), row.hash())) {
      return new ChainBreak(
          Kind.REWRITTEN,
          row.seq(),
          "a row after "
              + lastCheckpointSeq
              + " and up to "
              + row.seq()
              + " was changed and the chain re-hashed; the checkpoint signed "
              + checkpoint.hashHex()
              + ", the row has "
              + row.hashHex());
    }
    checkpointsChecked++;
    lastCheckpointSeq = row.seq();
    return null;
  }

  private Optional<ChainBreak> signatureBreak(Checkpoint checkpoint) {
    byte[] key = publicKeys.get(checkpoint.keyId());
    String problem = null;
    if (trustedKeyIds.isPresent() && !trustedKeyIds.get().contains(checkpoint.keyId())) {
      problem = "the checkpoint is signed by key " + checkpoint.keyId() + ", which is not trusted";
    } else if (key == null) {
      problem = "the checkpoint's key " + checkpoint.keyId() + " is not registered";
    } else if (!Ed25519.keyId(key).equals(checkpoint.keyId())) {
      // The id is the key's own hash: a key registered under another key's id is a substitute.
      problem =
          "the key registered as "
              + checkpoint.keyId()
              + " is another key (its id is "
              + Ed25519.keyId(key)
              + ")";
    } else if (!Ed25519.verify(key, checkpoint.signedContent(), checkpoint.signature())) {
      problem = "the checkpoint's Ed25519 signature does not verify";
    }
    return Optional.ofNullable(problem)
        .map(p -> new ChainBreak(Kind.BAD_SIGNATURE, checkpoint.seq(), p));
  }
}
