package io.qgate.netsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input: one line on stderr naming the problem, exit code 2, no stack trace. */
class BadInputTest {

  @TempDir Path dir;

  private static void assertBadInput(Cli cli, int code, String expected) {
    assertThat(code).isEqualTo(NetworkSimCli.EXIT_BAD_INPUT);
    String err = cli.err.toString();
    assertThat(err).startsWith("qgate: ").contains(expected).doesNotContain("\tat ");
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(cli.out.toString()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--architecture star --devices 100|unknown architecture 'star'",
        "--devices 100|--architecture is required",
        "--architecture central --devices 0|--devices must be > 0",
        "--architecture central --devices -5|--devices must be > 0",
        "--architecture central --devices 10 --gateways 11|must not exceed --devices",
        "--architecture central --devices 10 --gateways 0|--gateways must be > 0",
        "--architecture central --hours 0|--hours must be a finite number > 0",
        "--architecture central --hours -1|--hours must be a finite number > 0",
        "--architecture central --hours 1 --fail-at-h 2|--fail-at-h must be below --hours",
        "--architecture central --protocol qkd9|unknown protocol 'qkd9'",
        "--architecture central --key-mode some|--key-mode must be derived or direct",
        "--architecture central --format xml|--format must be table or json",
        "--architecture central --area-km 0|--area-km must be a finite number > 0",
        "--architecture central --jitter 1.5|--jitter must lie in [0, 1)",
        "--architecture hybrid --relays 0|--relays must be >= 1",
        "--architecture central --devices abc|'abc' is not an int",
        "--architecture central --no-such-flag|Unknown option"
      })
  void flags(String args, String expected) {
    Cli cli = new Cli();
    String[] all = ("sim network " + args).split(" ");
    assertBadInput(cli, cli.run(all), expected);
  }

  private void assertTopologyRefused(String json, String expected) throws IOException {
    Path file = dir.resolve("topology.json");
    Files.writeString(file, json);
    Cli cli = new Cli();
    assertBadInput(
        cli, cli.run("sim", "network", "--topology", file.toString(), "--devices", "10"), expected);
  }

  @Test
  void unreadableTopologyFile() {
    Cli cli = new Cli();
    String missing = dir.resolve("nope.json").toString();
    assertBadInput(
        cli, cli.run("sim", "network", "--topology", missing), "cannot read topology file");
  }

  @Test
  void malformedJsonNamesTheLine() throws IOException {
    assertTopologyRefused("{\n  \"nodes\": [\n    {\"id\": \"a\",,}\n  ]\n}", "line 3");
  }

  @Test
  void badFieldsAreNamedWithTheirLine() throws IOException {
    String kme = "{\"id\": \"k\", \"role\": \"kme\", \"location\": {\"x_km\": 0, \"y_km\": 0}}";
    String gw = "{\"id\": \"g\", \"role\": \"gateway\", \"location\": {\"x_km\": 5, \"y_km\": 0}}";
    assertTopologyRefused(
        "{\"nodes\": [\n" + kme + ",\n{\"id\": \"x\", \"role\": \"router\"}\n]}",
        "line 3: nodes[1].role unknown role 'router'");
    assertTopologyRefused(
        "{\"nodes\": [\n" + kme + ",\n{\"id\": \"x\", \"role\": \"relay\"}\n]}",
        "line 3: nodes[1].location is missing");
    assertTopologyRefused(
        "{\"nodes\": [" + kme + ", " + gw + "],\n\"links\": [\n{\"from\": \"k\", \"to\": \"z\"}]}",
        "line 3: links[0].to names unknown node 'z'");
    assertTopologyRefused(
        "{\"nodes\": ["
            + kme
            + ", "
            + gw
            + "],\n\"links\": [{\"from\": \"k\", \"to\": \"g\","
            + " \"fibre_km\": \"far\"}]}",
        "links[0].fibre_km must be a number");
    assertTopologyRefused(
        "{\"nodes\": ["
            + kme
            + ", "
            + gw
            + "],\n\"links\": [{\"from\": \"k\", \"to\": \"g\","
            + " \"protocol\": \"bb85\"}]}",
        "links[0].protocol unknown protocol 'bb85'");
    assertTopologyRefused("{\"nodes\": [" + kme + "]}", "at least one node with role gateway");
    assertTopologyRefused("{\"nodes\": [" + kme + ", " + kme + "]}", "duplicate node id 'k'");
    assertTopologyRefused("[1, 2]", "must be a JSON object");
    assertTopologyRefused("{\"links\": []}", "\"nodes\" is missing or empty");
  }

  @Test
  void gatewaysFlagMustAgreeWithTheFile() throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        "{\"nodes\": [{\"id\": \"k\", \"role\": \"kme\", \"location\": {\"x_km\": 0, \"y_km\": 0}},"
            + " {\"id\": \"g\", \"role\": \"gateway\", \"location\": {\"x_km\": 5, \"y_km\": 0}}],"
            + " \"links\": [{\"from\": \"k\", \"to\": \"g\"}]}");
    Cli cli = new Cli();
    assertBadInput(
        cli,
        cli.run("sim", "network", "--topology", file.toString(), "--gateways", "3"),
        "disagrees with the 1 gateways");
  }
}
