package io.qgate.simulations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationParametersTest {

  private static SimulationRequest sweep(
      List<String> protocols, Double fromKm, Double toKm, Integer points, Double rate) {
    return new SimulationRequest(
        null, protocols, fromKm, toKm, points, rate, null, null, null, null, null, null, null, null,
        null, null);
  }

  private static SimulationRequest network(
      List<String> architectures,
      Integer devices,
      Integer gateways,
      Double hours,
      String protocol,
      String keyMode,
      Double areaKm,
      Double rekeyPeriodSeconds) {
    return new SimulationRequest(
        "NETWORK_ARCHITECTURE",
        null,
        null,
        null,
        null,
        null,
        architectures,
        devices,
        gateways,
        hours,
        null,
        protocol,
        keyMode,
        areaKm,
        rekeyPeriodSeconds,
        null);
  }

  private static List<String> fieldsAtFault(SimulationRequest request) {
    try {
      SimulationParameters.of(request);
    } catch (InvalidInputException e) {
      return e.violations().stream().map(InvalidInputException.Violation::field).toList();
    }
    throw new AssertionError("expected the request to be refused: " + request);
  }

  @Test
  void anEmptyRequestIsASmallDefaultSweep() {
    SimulationParameters parameters = SimulationParameters.of(SimulationRequest.empty());
    assertThat(parameters)
        .isEqualTo(new KeyRateSweepParameters(List.of("bb84-decoy"), 0, 150, 16, 1e9));
    KeyRateSweepParameters sweep = (KeyRateSweepParameters) parameters;
    assertThat(sweep.distancesKm()).hasSize(16).startsWith(0.0, 10.0).endsWith(150.0);
    assertThat(sweep.steps()).isEqualTo(16);
  }

  @Test
  void aNetworkRequestWithOnlyItsKindRunsAllFourArchitecturesSmall() {
    SimulationParameters parameters =
        SimulationParameters.of(network(null, null, null, null, null, null, null, null));
    assertThat(parameters)
        .isEqualTo(
            new ArchitectureParameters(
                List.of("central", "distributed", "hierarchical", "hybrid"),
                1000,
                5,
                1,
                1,
                "bb84-decoy",
                "derived",
                200,
                60,
                1e9,
                true));
  }

  @Test
  void everyBadSweepFieldIsNamedAtOnce() {
    assertThat(fieldsAtFault(sweep(List.of("bb84", "bb85"), -1.0, 301.0, 201, 0.0)))
        .containsExactly("protocols[1]", "fromKm", "toKm", "points", "repetitionRateHz");
    assertThat(fieldsAtFault(sweep(List.of(), null, null, null, null)))
        .containsExactly("protocols");
    assertThat(fieldsAtFault(sweep(List.of("bb84", "bb84"), null, null, null, null)))
        .containsExactly("protocols");
    assertThat(fieldsAtFault(sweep(null, 100.0, 50.0, 0, null))).containsExactly("toKm", "points");
    assertThat(fieldsAtFault(sweep(null, 20.0, 20.0, 5, null))).containsExactly("points");
    assertThat(SimulationParameters.of(sweep(null, 20.0, 20.0, 1, null)))
        .extracting(p -> ((KeyRateSweepParameters) p).distancesKm())
        .isEqualTo(List.of(20.0));
  }

  @Test
  void everyBadNetworkFieldIsNamedAtOnce() {
    assertThat(fieldsAtFault(network(List.of("star"), 100_001, 0, 25.0, "e91", "hybrid", 0.0, 0.5)))
        .containsExactly(
            "architectures[0]",
            "devices",
            "gateways",
            "hours",
            "protocol",
            "keyMode",
            "areaKm",
            "rekeyPeriodSeconds");
    assertThat(fieldsAtFault(network(null, 10, 11, null, "qkd", null, null, null)))
        .containsExactly("gateways", "protocol");
    assertThat(fieldsAtFault(network(null, 100_000, null, 11.0, null, null, null, null)))
        .containsExactly("hours");
    assertThat(
            fieldsAtFault(
                network(List.of("hybrid", "hybrid"), 10, 1, null, null, null, null, null)))
        .containsExactly("architectures");
  }

  @Test
  void fieldsOfTheOtherKindAndUnknownKindsAreRefused() {
    SimulationRequest mixed =
        new SimulationRequest(
            "KEY_RATE_SWEEP",
            null,
            null,
            null,
            null,
            null,
            List.of("central"),
            10,
            null,
            1.0,
            3L,
            "bb84",
            null,
            null,
            null,
            null);
    assertThat(fieldsAtFault(mixed))
        .containsExactly("architectures", "devices", "hours", "seed", "protocol");
    SimulationRequest other =
        new SimulationRequest(
            "network_architecture",
            List.of("bb84"),
            1.0,
            2.0,
            3,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(fieldsAtFault(other)).containsExactly("protocols", "fromKm", "toKm", "points");
    SimulationRequest unknown =
        new SimulationRequest(
            "QUANTUM", null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);
    assertThatThrownBy(() -> SimulationParameters.of(unknown))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
  }

  @Test
  void messagesSayWhatIsAllowed() {
    assertThatThrownBy(() -> SimulationParameters.of(sweep(null, null, null, 500, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new InvalidInputException.Violation(
                            "points", "must lie in [1, 200], was 500")));
  }
}
