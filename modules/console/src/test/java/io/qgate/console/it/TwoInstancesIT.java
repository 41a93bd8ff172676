package io.qgate.console.it;

import static io.qgate.console.it.PolicyJson.keyIssuance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two platform instances on one PostgreSQL: one audit chain, and policy changes made on one
 * instance decide on the other within a second or so.
 */
class TwoInstancesIT extends DeployedPlatform {

  private static final int WRITERS = 32;
  private static final int DECISIONS_PER_WRITER = 25;

  private static SecondInstance second;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    second = SecondInstance.start();
  }

  @AfterAll
  static void stopSecondInstance() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void thirtyTwoWritersOverTwoInstancesKeepOneUnbrokenChain() throws Exception {
    ApiClient other = new ApiClient(second.url());
    long before = api.get("api/v1/audit/verify").json().getJsonNumber("rowsChecked").longValue();
    AtomicInteger allowed = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        ApiClient instance = w % 2 == 0 ? api : other;
        done.add(
            writers.submit(
                () -> {
                  for (int i = 0; i < DECISIONS_PER_WRITER; i++) {
                    var reply =
                        instance.post(DECISIONS, keyIssuance("HOSPITAL", "HEALTH", "QKD", 0.01));
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                    allowed.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      writers.shutdownNow();
    }
    assertThat(allowed).hasValue(WRITERS * DECISIONS_PER_WRITER);

    for (ApiClient instance : List.of(api, other)) {
      JsonObject report = instance.get("api/v1/audit/verify").json();
      assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
      assertThat(report.getJsonNumber("rowsChecked").longValue())
          .isGreaterThanOrEqualTo(before + WRITERS * DECISIONS_PER_WRITER);
    }
  }

  @Test
  void aPolicyChangedOnOneInstanceDecidesOnTheOtherWithinSeconds() {
    ApiClient other = new ApiClient(second.url());
    assertThat(api.put("api/v1/policies/PLANT/GRID", PolicyJson.policy(0, 0.05, "pilot")).status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(
                        other.post(DECISIONS, keyIssuance("PLANT", "GRID", "QKD", 0.04)).status())
                    .isEqualTo(200));

    var tightened = api.put("api/v1/policies/PLANT/GRID", PolicyJson.policy(1, 0.03, "tighter"));
    assertThat(tightened.status()).as(tightened.toString()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(
                        other.post(DECISIONS, keyIssuance("PLANT", "GRID", "QKD", 0.04)).status())
                    .isEqualTo(403));
  }
}
