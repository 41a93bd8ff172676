package io.qgate.netsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same JSON document, but for its {@code timing}; another seed does not.
 */
class ReproducibilityTest {

  private static JsonObject run(String architecture, long seed, String mode) {
    Cli cli = new Cli();
    int code =
        cli.run(
            "sim",
            "network",
            "--architecture",
            architecture,
            "--devices",
            "600",
            "--gateways",
            "12",
            "--hours",
            "0.25",
            "--seed",
            String.valueOf(seed),
            "--key-mode",
            mode,
            "--format",
            "json");
    assertThat(code).as(cli.err.toString()).isZero();
    JsonObject document = Json.createReader(new StringReader(cli.out.toString())).readObject();
    assertThat(document.getJsonObject("timing").getJsonNumber("events").longValue()).isPositive();
    return Json.createObjectBuilder(document).remove("timing").build();
  }

  @Test
  void sameSeedSameDocumentForEveryArchitecture() {
    for (String a : new String[] {"central", "distributed", "hierarchical", "hybrid"}) {
      assertThat(run(a, 42, "direct")).as(a).isEqualTo(run(a, 42, "direct"));
    }
  }

  @Test
  void differentSeedsGiveDifferentRuns() {
    assertThat(run("hierarchical", 1, "direct")).isNotEqualTo(run("hierarchical", 2, "direct"));
  }

  @Property(tries = 5)
  void anySeedReproducesInDerivedMode(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    assertThat(run("hybrid", seed, "derived")).isEqualTo(run("hybrid", seed, "derived"));
  }
}
