package io.qgate.vault.infrastructure;

import io.qgate.vault.domain.monitoring.LinkSample;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The per-link time series in {@code vault_link_sample}: one row per link per runner tick. */
final class LinkSamples {

  private LinkSamples() {}

  /** One batch; {@code at} null takes the database's now(). */
  static void record(DataSource dataSource, List<LinkSample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO vault_link_sample (link_id, at, qber, sifted_bps, secret_bps, pool_bits, status)"
                      + " VALUES (?, coalesce(?::timestamptz, now()), ?, ?, ?, ?, ?)")) {
            for (LinkSample s : samples) {
              insert.setString(1, s.linkId());
              insert.setObject(2, s.at() == null ? null : s.at().atOffset(ZoneOffset.UTC));
              insert.setObject(3, s.qber());
              insert.setDouble(4, s.siftedBitsPerSecond());
              insert.setDouble(5, s.secretBitsPerSecond());
              insert.setLong(6, s.poolBits());
              insert.setString(7, s.status());
              insert.addBatch();
            }
            return insert.executeBatch();
          }
        });
  }

  /**
   * Buckets of {@code step} from the epoch: means of the rates and QBER, the last pool and status.
   */
  static List<LinkSample> read(
      DataSource dataSource, String linkId, Instant from, Instant to, Duration step) {
    return Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT to_timestamp(floor(extract(epoch FROM at) / ?) * ?) AS bucket, avg(qber),"
                      + " avg(sifted_bps), avg(secret_bps), (array_agg(pool_bits ORDER BY at DESC))[1],"
                      + " (array_agg(status ORDER BY at DESC))[1] FROM vault_link_sample"
                      + " WHERE link_id = ? AND at >= ? AND at < ? GROUP BY bucket ORDER BY bucket")) {
            double seconds = step.toMillis() / 1000.0;
            query.setDouble(1, seconds);
            query.setDouble(2, seconds);
            query.setString(3, linkId);
            query.setObject(4, from.atOffset(ZoneOffset.UTC));
            query.setObject(5, to.atOffset(ZoneOffset.UTC));
            List<LinkSample> samples = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
              while (r.next()) {
                samples.add(
                    new LinkSample(
                        linkId,
                        Sql.instant(r, 1),
                        Sql.nullableDouble(r, 2),
                        r.getDouble(3),
                        r.getDouble(4),
                        r.getLong(5),
                        r.getString(6)));
              }
            }
            return samples;
          }
        });
  }

  static long purge(DataSource dataSource, Instant before) {
    return Sql.run(
        dataSource,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM vault_link_sample WHERE at < ?")) {
            delete.setObject(1, before.atOffset(ZoneOffset.UTC));
            return (long) delete.executeUpdate();
          }
        });
  }
}
