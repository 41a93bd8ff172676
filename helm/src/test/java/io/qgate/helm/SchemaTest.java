package io.qgate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json refuses bad values: helm template and helm lint fail with its error. */
class SchemaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "replicaCount as a word           | --set-string | replicaCount=two              | replicaCount",
        "negative replicas                | --set        | replicaCount=-1               | replicaCount",
        "an unknown top-level key         | --set        | replicas=2                    | replicas",
        "an unknown nested key            | --set        | config.vault.poolBits=1       | poolBits",
        "a bad pull policy                | --set        | image.pullPolicy=Sometimes    | pullPolicy",
        "a bad Service type               | --set        | service.type=Gateway          | type",
        "a port out of range              | --set        | service.httpPort=70000        | httpPort",
        "a JDBC URL of another database   | --set        | config.database.url=jdbc:mysql://db/q | url",
        "a boolean as a string            | --set-string | config.seedDemo=no            | seedDemo",
        "an issuer that is no URL         | --set        | config.oidc.issuer=keycloak   | issuer",
        "events per hour above 12         | --set        | config.gateway.demoFleet.gridEventsPerHour=13 | gridEventsPerHour",
        "a KEK line that is not 32 bytes  | --set        | secrets.kek=kek-1 c2hvcnQ=    | kek",
      })
  void refuses(String what, String flag, String assignment, String field) {
    Helm.Result template = Helm.run("template", "qgate", Helm.CHART.toString(), flag, assignment);
    assertThat(template.exitCode()).as("helm template exit code").isNotZero();
    assertThat(template.stderr())
        .contains("values don't meet the specifications of the schema")
        .contains(field);
    Helm.Result lint = Helm.run("lint", "--strict", Helm.CHART.toString(), flag, assignment);
    assertThat(lint.exitCode()).as("helm lint exit code").isNotZero();
  }
}
