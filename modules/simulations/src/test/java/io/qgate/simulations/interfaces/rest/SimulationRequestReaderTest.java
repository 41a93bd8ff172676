package io.qgate.simulations.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.simulations.domain.SimulationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationRequestReaderTest {

  private static List<String> fieldsAtFault(String body) {
    try {
      SimulationRequestReader.read(body);
    } catch (InvalidInputException e) {
      return e.violations().stream().map(InvalidInputException.Violation::field).toList();
    }
    throw new AssertionError("expected " + body + " to be refused");
  }

  @Test
  void anEmptyBodyAndAnEmptyObjectAreTheDefaultRequest() {
    assertThat(SimulationRequestReader.read("")).isEqualTo(SimulationRequest.empty());
    assertThat(SimulationRequestReader.read("{}")).isEqualTo(SimulationRequest.empty());
    assertThat(SimulationRequestReader.read("{\"toKm\": null}"))
        .isEqualTo(SimulationRequest.empty());
  }

  @Test
  void everyFieldIsRead() {
    SimulationRequest request =
        SimulationRequestReader.read(
            """
            {"kind": "NETWORK_ARCHITECTURE", "architectures": ["hybrid", "central"],
             "devices": 5000, "gateways": 25, "hours": 0.5, "seed": 9007199254740993,
             "protocol": "sarg04", "keyMode": "direct", "areaKm": 300,
             "rekeyPeriodSeconds": 30, "repetitionRateHz": 2e9, "nodeFailure": false}
            """);
    assertThat(request)
        .isEqualTo(
            new SimulationRequest(
                "NETWORK_ARCHITECTURE",
                null,
                null,
                null,
                null,
                2e9,
                List.of("hybrid", "central"),
                5000,
                25,
                0.5,
                9007199254740993L,
                "sarg04",
                "direct",
                300.0,
                30.0,
                false));
    assertThat(SimulationRequestReader.read("{\"protocols\": \"bb84\", \"points\": 3}").protocols())
        .containsExactly("bb84");
  }

  @Test
  void wrongTypesAndUnknownFieldsAreAllNamed() {
    assertThat(
            fieldsAtFault(
                """
                {"kind": 1, "protocols": ["bb84", 2], "fromKm": "near", "points": 2.5,
                 "devices": 1e12, "nodeFailure": "yes", "distance": 10}
                """))
        .containsExactlyInAnyOrder(
            "distance", "kind", "protocols[1]", "fromKm", "points", "devices", "nodeFailure");
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> SimulationRequestReader.read("[1, 2]"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
    assertThatThrownBy(() -> SimulationRequestReader.read("{\"kind\":"))
        .isInstanceOf(InvalidInputException.class);
  }
}
