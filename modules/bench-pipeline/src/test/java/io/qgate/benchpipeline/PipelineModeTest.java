package io.qgate.benchpipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineModeTest {

  @Test
  void bothRunsEncryptedThenPlain() {
    assertThat(PipelineMode.parse("both"))
        .containsExactly(PipelineMode.ENCRYPTED, PipelineMode.PLAIN);
    assertThat(PipelineMode.parse(" Encrypted ")).isEqualTo(List.of(PipelineMode.ENCRYPTED));
    assertThat(PipelineMode.parse("PLAIN")).isEqualTo(List.of(PipelineMode.PLAIN));
  }

  @Test
  void anyOtherValueIsRefused() {
    assertThatThrownBy(() -> PipelineMode.parse("enc"))
        .hasMessage("--mode must be encrypted, plain or both, got 'enc'");
  }
}
