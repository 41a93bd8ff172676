package io.qgate.certification.domain;

import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The device certification registry. */
public interface DeviceRepository {

  Optional<Device> find(String id);

  void add(Device device);

  Page<Device> list(Optional<Tenant> tenant, PageRequest page);

  /**
   * Devices of {@code tenant} with an active certification whose validity ends before {@code by}.
   */
  List<Device> withCertificationsExpiringBefore(Tenant tenant, Instant by);
}
