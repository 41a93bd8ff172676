package io.qgate.certification.domain;

import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The device certification registry. */
public interface DeviceRepository {

  Optional<Device> find(String id);

  void add(Device device);

  /** Devices ordered by id, of the tenants in {@code scope}. */
  Page<Device> list(TenantScope scope, PageRequest page);

  /**
   * Devices ordered by id, of the tenants in {@code scope}, holding an active certification whose
   * validity ends in [{@code from}, {@code by}).
   */
  Page<Device> listExpiring(TenantScope scope, Instant from, Instant by, PageRequest page);

  /**
   * Devices of {@code tenant} with an active certification whose validity ends before {@code by}.
   */
  List<Device> withCertificationsExpiringBefore(Tenant tenant, Instant by);
}
