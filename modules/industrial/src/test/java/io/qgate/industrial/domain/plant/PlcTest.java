package io.qgate.industrial.domain.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.industrial.domain.alarm.AlarmLimits;
import io.qgate.industrial.domain.metric.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlcTest {

  private final ProductionLine line = new ProductionLine("line1", new Plant("plant1", "Plant 1"));

  @Test
  void findsTagsByAliasWhateverTheirOrder() {
    Plc plc =
        new Plc(
            "plc-plant1-line1-1",
            line,
            List.of(
                Tag.of("line1/a", 30, DataType.INT32, ""),
                Tag.of("line1/b", -5, DataType.BOOLEAN, ""),
                Tag.of("line1/c", 7, DataType.STRING, "")));

    assertThat(plc.indexOfAlias(30)).isEqualTo(0);
    assertThat(plc.indexOfAlias(-5)).isEqualTo(1);
    assertThat(plc.indexOfAlias(7)).isEqualTo(2);
    assertThat(plc.indexOfAlias(8)).isEqualTo(-1);
    assertThat(plc.plant().id()).isEqualTo("plant1");
  }

  @Test
  void refusesRepeatedAliasesAndNames() {
    assertThatThrownBy(
            () ->
                new Plc(
                    "plc-1",
                    line,
                    List.of(
                        Tag.of("line1/a", 1, DataType.INT32, ""),
                        Tag.of("line1/b", 1, DataType.INT32, ""))))
        .hasMessageContaining("repeats alias 1");
    assertThatThrownBy(
            () ->
                new Plc(
                    "plc-1",
                    line,
                    List.of(
                        Tag.of("line1/a", 1, DataType.INT32, ""),
                        Tag.of("line1/a", 2, DataType.INT32, ""))))
        .hasMessageContaining("repeats tag name line1/a");
    assertThatThrownBy(() -> new Plc("plc-1", line, List.of()))
        .hasMessageContaining("at least one tag");
  }

  @Test
  void deviceIdsAreAtMost63SafeCharacters() {
    List<Tag> tags = List.of(Tag.of("line1/a", 1, DataType.INT32, ""));
    assertThat(new Plc("p".repeat(63), line, tags).deviceId()).hasSize(63);
    assertThatThrownBy(() -> new Plc("p".repeat(64), line, tags))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Plc("plc/1", line, tags))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Plc("", line, tags)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tagsAreHierarchicalNamesAndOnlyNumbersHaveLimits() {
    assertThat(
            new Tag("line1/reactor/temperature", 1, DataType.DOUBLE, "°C", AlarmLimits.of(0, 1, 0))
                .hasLimits())
        .isTrue();
    assertThat(Tag.of("line1/valve", 1, DataType.BOOLEAN, "").hasLimits()).isFalse();
    assertThatThrownBy(
            () -> new Tag("line1/valve", 1, DataType.BOOLEAN, "", AlarmLimits.of(0, 1, 0)))
        .hasMessageContaining("cannot have alarm limits");
    for (String bad : new String[] {"", "/a", "a/", "a//b", "a b", "a/+/b", "a/#"}) {
      assertThatThrownBy(() -> Tag.of(bad, 1, DataType.INT32, ""))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void plantAndLineIdsAreShortLowercaseWords() {
    assertThatThrownBy(() -> new Plant("Plant-1", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Plant("p1", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProductionLine("line-1", new Plant("p1", "P")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDirectoryFindsPlcsById() {
    Plc plc = new Plc("plc-1", line, List.of(Tag.of("line1/a", 1, DataType.INT32, "")));
    TagDirectory directory = TagDirectory.of(List.of(plc));
    assertThat(directory.find("plc-1")).containsSame(plc);
    assertThat(directory.find("plc-2")).isEmpty();
    assertThat(directory.find(null)).isEmpty();
  }
}
