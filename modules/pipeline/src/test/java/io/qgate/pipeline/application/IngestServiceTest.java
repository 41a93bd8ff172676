package io.qgate.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.certification.domain.Device;
import io.qgate.certification.domain.DeviceKind;
import io.qgate.certification.domain.DeviceRepository;
import io.qgate.pipeline.domain.IngestReceipt;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Page;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.access.TenantScope;
import io.qgate.policy.domain.PolicyDomain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

  private final Map<String, Device> registry = new HashMap<>();
  private final List<String> sent = new ArrayList<>();
  private final IngestService ingest = new IngestService();

  IngestServiceTest() {
    ingest.devices = new Registry();
    ingest.gateways =
        (domain, deviceId, kind, payload) -> {
          sent.add(domain + "/" + deviceId + "/" + kind);
          return new IngestReceipt("topic", 0, sent.size(), Instant.EPOCH);
        };
  }

  @Test
  void aDeviceOfItsTenantsDomainIsSentThroughThatDomainsGateway() {
    register("pmu-7", Tenant.UTILITY, PolicyDomain.GRID, DeviceKind.PMU);

    ingest.ingest("pmu-7", new byte[] {1});

    assertThat(sent).containsExactly("GRID/pmu-7/PMU");
  }

  @Test
  void aDeviceRegisteredInAnotherTenantsDomainIsRefusedAndNothingIsSent() {
    register("meter-3", Tenant.PLANT, PolicyDomain.GRID, DeviceKind.SMART_METER);

    assertThatThrownBy(() -> ingest.ingest("meter-3", new byte[] {1}))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("tenant PLANT")
        .hasMessageContaining("domain GRID");
    assertThat(sent).isEmpty();
  }

  @Test
  void anUnregisteredDeviceIsRefused() {
    assertThatThrownBy(() -> ingest.ingest("ghost", new byte[] {1}))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("not registered");
  }

  @Test
  void anEmptyOrOversizedReadingIsInvalidWhoeverSendsIt() {
    register("pmu-7", Tenant.UTILITY, PolicyDomain.GRID, DeviceKind.PMU);

    assertThatThrownBy(() -> ingest.ingest("pmu-7", new byte[0]))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ingest.ingest("pmu-7", new byte[IngestService.MAX_READING_BYTES + 1]))
        .isInstanceOf(InvalidInputException.class);
    assertThat(sent).isEmpty();
  }

  private void register(String id, Tenant tenant, PolicyDomain domain, DeviceKind kind) {
    registry.put(id, new Device(id, tenant, domain, kind, id));
  }

  private final class Registry implements DeviceRepository {
    @Override
    public Optional<Device> find(String id) {
      return Optional.ofNullable(registry.get(id));
    }

    @Override
    public void add(Device device) {
      registry.put(device.id(), device);
    }

    @Override
    public Page<Device> list(TenantScope scope, PageRequest page) {
      throw new UnsupportedOperationException("not used by ingest");
    }

    @Override
    public Page<Device> listExpiring(
        TenantScope scope, Instant from, Instant by, PageRequest page) {
      throw new UnsupportedOperationException("not used by ingest");
    }

    @Override
    public List<Device> withCertificationsExpiringBefore(Tenant tenant, Instant by) {
      throw new UnsupportedOperationException("not used by ingest");
    }
  }
}
