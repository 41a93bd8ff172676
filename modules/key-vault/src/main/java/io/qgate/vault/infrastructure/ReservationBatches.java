package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.PoolTooSmallException;
import io.qgate.vault.infrastructure.GroupCommit.Outcome;
import io.qgate.vault.infrastructure.KeyReservations.Request;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * enc_keys over direct links, group-committed ({@link GroupCommit}): a batch takes each link's
 * blocks with one statement and records every key with one more, in one transaction. A key is told
 * to its requester only once durably reserved; a crash loses at most the keys of the requests in
 * flight, never re-issues one. Blocks stay locked with {@code FOR UPDATE SKIP LOCKED}, so batches
 * of other instances take disjoint blocks as single requests did. A batch a pool cannot serve whole
 * gives everything back and its requests run one by one, so each that the pool can serve is served,
 * and each that it cannot takes nothing.
 */
final class ReservationBatches {

  private final DataSource dataSource;
  private final KeyReservations reservations;
  private final Function<SQLException, RuntimeException> unavailable;
  private final GroupCommit<Request, List<IssuedKey>> commits =
      new GroupCommit<>(GroupCommit.ETSI_MAX_BATCH, this::reserveTogether);

  ReservationBatches(
      DataSource dataSource,
      KeyReservations reservations,
      Function<SQLException, RuntimeException> unavailable) {
    this.dataSource = dataSource;
    this.reservations = reservations;
    this.unavailable = unavailable;
  }

  /** The request's keys, reserved in whichever batch took it. */
  List<IssuedKey> reserve(Request request) {
    return commits.submit(request);
  }

  private List<Outcome<List<IssuedKey>>> reserveTogether(List<Request> requests) {
    if (requests.size() > 1) {
      try {
        return Sql.transaction(dataSource, c -> reservations.reserveAll(c, requests), unavailable)
            .stream()
            .map(Outcome::of)
            .toList();
      } catch (PoolTooSmallException together) {
        // fall through: one by one
      }
    }
    return requests.stream().map(this::reserveAlone).toList();
  }

  private Outcome<List<IssuedKey>> reserveAlone(Request request) {
    try {
      return Outcome.of(
          Sql.transaction(dataSource, c -> reservations.reserve(c, request), unavailable));
    } catch (RuntimeException e) {
      return Outcome.failed(e);
    }
  }
}
