package io.qgate.console.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.access.Permission;
import org.junit.jupiter.api.Test;

class ServerEndpointsGuardTest {

  @Test
  void metricsNeedTheMetricsPermissionAndTheApiDescriptionNeedsView() {
    assertThat(ServerEndpointsGuard.permissionFor("/metrics")).isEqualTo(Permission.READ_METRICS);
    assertThat(ServerEndpointsGuard.permissionFor("/metrics/application"))
        .isEqualTo(Permission.READ_METRICS);
    assertThat(ServerEndpointsGuard.permissionFor("/openapi")).isEqualTo(Permission.VIEW);
  }
}
