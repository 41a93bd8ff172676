package io.qgate.platform.domain.cluster;

import java.time.Duration;

/**
 * Work that exactly one platform instance does at a time, elected through the shared database: the
 * instance holding a name's unexpired lease does the work and renews the lease well before it runs
 * out; an instance that dies stops renewing, and a survivor claims the name once the lease has
 * expired. Nothing here trusts a JVM lock or clock: the database decides.
 */
public interface ClusterLeases {

  /** This instance as leases name it ({@code <pid>@<host>/<random>}), unique per running JVM. */
  String instance();

  /**
   * Claims {@code name} if no instance holds it or its lease has expired, renews it if this
   * instance holds it; either way for {@code ttl} from now.
   *
   * @return whether this instance holds {@code name} now
   */
  boolean hold(String name, Duration ttl);

  /** Gives {@code name} up if this instance holds it, so another may claim it at once. */
  void release(String name);

  /**
   * How many unexpired leases have names starting with {@code prefix} (e.g. the instances taking
   * part in some work, each holding {@code prefix + instance()}); forgets long-expired ones.
   */
  int count(String prefix);
}
