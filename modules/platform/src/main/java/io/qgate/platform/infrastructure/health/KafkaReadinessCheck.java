package io.qgate.platform.infrastructure.health;

import io.qgate.platform.infrastructure.kafka.KafkaClientFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the Kafka cluster answers a metadata request within a few seconds. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  private static final int TIMEOUT_MS = 3000;

  @Inject
  @ConfigProperty(name = "qgate.kafka.bootstrap", defaultValue = "localhost:9092")
  String bootstrapServers;

  private Admin admin;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("kafka").withData("bootstrap", bootstrapServers);
    try {
      int brokers = admin().describeCluster().nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
      return response.status(brokers > 0).withData("brokers", brokers).build();
    } catch (ExecutionException | TimeoutException e) {
      return response
          .down()
          .withData("error", "not reachable: " + e.getClass().getSimpleName())
          .build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          KafkaClientFactory.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                  AdminClientConfig.CLIENT_ID_CONFIG, "qgate-readiness",
                  AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                  AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                  // An absent broker would otherwise be retried (and logged) many times a second.
                  AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000),
              Admin::create);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
