package io.qgate.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void sortsMembersAtEveryLevelWithoutWhitespace() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of(true, false));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("zeta", inner);
    outer.put("Alpha", null);
    outer.put("alpha", "x");

    assertThat(CanonicalJson.write(outer))
        .isEqualTo("{\"Alpha\":null,\"alpha\":\"x\",\"zeta\":{\"a\":[true,false],\"z\":1}}");
  }

  @Test
  void escapesWhatRfc8259RequiresAndNothingMore() {
    assertThat(CanonicalJson.write("q\"b\\n\nr\rt\tc\u0001d\u001f/é€"))
        .isEqualTo("\"q\\\"b\\\\n\\nr\\rt\\tc\\u0001d\\u001f/é€\"");
  }

  @Test
  void writesEachNumberOneWay() {
    assertThat(CanonicalJson.write(Arrays.asList(7, -5L, 2.5, 1.0, -0.0, 123456789012345.0, 1e20)))
        .isEqualTo("[7,-5,2.5,1,0,123456789012345,1.0E20]");
    assertThat(CanonicalJson.write(AuditOutcome.DENIED)).isEqualTo("\"DENIED\"");
  }

  @Test
  void refusesNumbersJsonCannotSpell() {
    assertThatThrownBy(() -> CanonicalJson.write(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalJson.write(List.of(Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
