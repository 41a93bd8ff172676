package io.qgate.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** The RFC 9457 problem document every refusal of the platform's API answers with. */
final class Problems {

  private Problems() {}

  /**
   * {@code reply} is a problem document of {@code status} and type {@code urn:qgate:problem:type}
   * that says what went wrong and shows nothing of the server's insides.
   */
  static void assertProblem(ApiClient.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("type")).isEqualTo("urn:qgate:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
