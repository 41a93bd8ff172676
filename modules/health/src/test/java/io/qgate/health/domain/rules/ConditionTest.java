package io.qgate.health.domain.rules;

import static io.qgate.health.domain.rules.Condition.Change.ENDED;
import static io.qgate.health.domain.rules.Condition.Change.NONE;
import static io.qgate.health.domain.rules.Condition.Change.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.health.domain.rules.Condition.Change;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

  @Test
  void startsAndEndsOnceWhenSustained() {
    assertThat(run(3, "..xxxxxx...xx"))
        .containsExactly(
            NONE, NONE, NONE, NONE, STARTED, NONE, NONE, NONE, NONE, NONE, ENDED, NONE, NONE);
  }

  @Test
  void aShortBlipChangesNothing() {
    assertThat(run(3, "..xx..x.xx..")).containsOnly(NONE);
  }

  @Test
  void withoutSustainEveryCrossingCounts() {
    assertThat(run(1, ".x.")).containsExactly(NONE, STARTED, ENDED);
  }

  private static List<Change> run(int sustain, String readings) {
    Condition condition = new Condition(sustain);
    List<Change> changes = new ArrayList<>();
    for (char reading : readings.toCharArray()) {
      changes.add(condition.observe(reading == 'x'));
    }
    return changes;
  }
}
