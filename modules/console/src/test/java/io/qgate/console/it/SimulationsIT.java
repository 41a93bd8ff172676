package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Simulation jobs on the deployed platform: a key-rate sweep runs on the managed executor to a
 * plottable result; a long architecture run shows rising progress and what it is doing; auditors
 * start none; bad parameters are a 400 naming each field; only the requester or a platform admin
 * cancels; a full queue is 503.
 */
class SimulationsIT extends DeployedPlatform {

  private static final String SIMULATIONS = "api/v1/simulations";

  /**
   * The largest sweep (4 protocols × 200 points): under a second on an idle machine, so a poll may
   * see it only when it is done; rising progress is watched on {@link #LONG_RUN}.
   */
  private static final String SWEEP =
      """
      {"kind": "KEY_RATE_SWEEP", "protocols": ["bb84-decoy", "sarg04", "e91", "cv-gg02"],
       "fromKm": 0, "toKm": 200, "points": 200}
      """;

  /** An architecture run that would take minutes: the tests cancel it. */
  private static final String LONG_RUN =
      """
      {"kind": "NETWORK_ARCHITECTURE", "architectures": ["hierarchical"],
       "devices": 100000, "hours": 10}
      """;

  private final List<String[]> toCancel = new ArrayList<>();

  @AfterEach
  void cancelWhatIsLeft() {
    for (String[] job : toCancel) {
      api.as(job[0]).delete(SIMULATIONS + "/" + job[1]);
    }
  }

  @Test
  void aSweepRunsToAPlottableResultWithProgressThatNeverFalls() {
    var submitted = api.post(SIMULATIONS, SWEEP);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
    JsonObject job = submitted.json();
    String id = job.getString("id");
    assertThat(submitted.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/" + id));
    assertThat(job.getString("kind")).isEqualTo("KEY_RATE_SWEEP");
    assertThat(job.getString("state")).isIn("QUEUED", "RUNNING");
    assertThat(job.getString("requestedBy")).isEqualTo("adam");
    assertThat(job.getJsonObject("parameters").getInt("points")).isEqualTo(200);

    List<Double> progress = new ArrayList<>();
    JsonObject[] last = new JsonObject[1];
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              var reply = api.get(SIMULATIONS + "/" + id);
              assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
              last[0] = reply.json();
              progress.add(last[0].getJsonNumber("progress").doubleValue());
              assertThat(last[0].getString("state")).isIn("QUEUED", "RUNNING", "SUCCEEDED");
              return last[0].getString("state").equals("SUCCEEDED");
            });
    assertThat(progress).isSorted().endsWith(1.0);
    assertThat(last[0].getString("finishedAt")).isNotBlank();

    JsonArray series = last[0].getJsonObject("result").getJsonArray("series");
    assertThat(series).hasSize(4);
    for (JsonValue value : series) {
      JsonObject one = value.asJsonObject();
      JsonArray points = one.getJsonArray("points");
      assertThat(points).as(one.getString("protocol")).hasSize(200);
      List<Double> rates = new ArrayList<>();
      for (JsonValue point : points) {
        rates.add(point.asJsonObject().getJsonNumber("secretKeyRatePerPulse").doubleValue());
      }
      assertThat(rates.get(0)).as(one.getString("protocol")).isPositive();
      assertThat(rates)
          .as(one.getString("protocol") + ": key rate falls with distance")
          .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    var mine = api.get(SIMULATIONS);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.jsonArray().getJsonObject(0).getString("id")).isEqualTo(id);
    // Anyone who may view reads a job by id; results come only with the single job.
    var audrey = api.as("audrey").get(SIMULATIONS + "/" + id);
    assertThat(audrey.status()).isEqualTo(200);
    assertThat(audrey.json().getString("state")).isEqualTo("SUCCEEDED");
  }

  @Test
  void aLongRunShowsRisingProgressAndWhatItIsDoing() {
    var submitted = api.post(SIMULATIONS, LONG_RUN);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
    String id = submitted.json().getString("id");
    toCancel.add(new String[] {"adam", id});

    List<Double> progress = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              JsonObject job = api.get(SIMULATIONS + "/" + id).json();
              assertThat(job.getString("state")).isIn("QUEUED", "RUNNING");
              double now = job.getJsonNumber("progress").doubleValue();
              progress.add(now);
              if (now > 0) {
                assertThat(job.getString("phase")).contains("hierarchical");
              }
              // Two readings strictly between 0 and 1 that differ: the run is seen advancing.
              return progress.stream().filter(p -> p > 0 && p < 1).distinct().count() >= 2;
            });
    assertThat(progress).isSorted();
  }

  @Test
  void anEmptyRequestRunsTheSmallDefaultSweep() {
    var submitted = api.as("grace").post(SIMULATIONS, "{}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
    String id = submitted.json().getString("id");
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> api.get(SIMULATIONS + "/" + id).json().getString("state").equals("SUCCEEDED"));
    JsonObject done = api.get(SIMULATIONS + "/" + id).json();
    JsonObject series = done.getJsonObject("result").getJsonArray("series").getJsonObject(0);
    assertThat(series.getString("protocol")).isEqualTo("bb84-decoy");
    assertThat(series.getJsonArray("points")).hasSize(16);
  }

  @Test
  void auditorsStartNoSimulationButListTheirOwn() {
    var refused = api.as("audrey").post(SIMULATIONS, SWEEP);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    var list = api.as("audrey").get(SIMULATIONS);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.jsonArray()).isEmpty();
    assertThat(api.as(null).post(SIMULATIONS, SWEEP).status()).isEqualTo(401);
  }

  @Test
  void badParametersAreA400NamingEachField() {
    var reply =
        api.post(
            SIMULATIONS,
            "{\"protocols\": [\"bb85\"], \"toKm\": 400, \"points\": 500, \"devices\": 10}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    for (JsonValue error : reply.json().getJsonArray("errors")) {
      fields.add(error.asJsonObject().getString("field"));
    }
    assertThat(fields).containsExactlyInAnyOrder("protocols[0]", "toKm", "points", "devices");

    var wrongType =
        api.post(SIMULATIONS, "{\"kind\": \"NETWORK_ARCHITECTURE\", \"devices\": \"many\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("devices");
    var tooMany =
        api.post(SIMULATIONS, "{\"kind\": \"NETWORK_ARCHITECTURE\", \"devices\": 100001}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(api.get(SIMULATIONS + "/not-a-job").status()).isEqualTo(404);
  }

  @Test
  void onlyTheRequesterOrAPlatformAdminCancelsAndAFullQueueIs503() {
    var grace = api.as("grace");
    var running = grace.post(SIMULATIONS, LONG_RUN);
    assertThat(running.status()).as(running.toString()).isEqualTo(202);
    String id = running.json().getString("id");
    toCancel.add(new String[] {"grace", id});

    assertThat(api.as("hugo").delete(SIMULATIONS + "/" + id).status()).isEqualTo(403);
    assertThat(api.as("audrey").delete(SIMULATIONS + "/" + id).status()).isEqualTo(403);

    // One runs, eight wait: the next is refused until one of them is gone.
    int accepted = 1;
    int refused = 0;
    for (int i = 0; i < 10 && refused == 0; i++) {
      var reply = grace.post(SIMULATIONS, LONG_RUN);
      if (reply.status() == 202) {
        toCancel.add(new String[] {"grace", reply.json().getString("id")});
        accepted++;
      } else {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        refused++;
      }
    }
    assertThat(refused).isEqualTo(1);
    assertThat(accepted).isLessThanOrEqualTo(9);

    var cancelled = grace.delete(SIMULATIONS + "/" + id);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("state")).isEqualTo("CANCELLED");
    assertThat(api.get(SIMULATIONS + "/" + id).json().getString("state")).isEqualTo("CANCELLED");
    String queued = toCancel.get(1)[1];
    assertThat(api.delete(SIMULATIONS + "/" + queued).json().getString("state"))
        .as("a platform admin cancels anyone's job")
        .isEqualTo("CANCELLED");
  }
}
