package io.qgate.netsim.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  @Test
  void eventsRunInTimeOrderAndTiesInSchedulingOrder() {
    EventQueue q = new EventQueue();
    q.schedule(30, 1, 0, 0);
    q.schedule(10, 2, 0, 0);
    q.schedule(10, 3, 0, 0);
    q.schedule(20, 4, 0, 0);
    q.schedule(10, 5, 0, 0);
    List<Integer> kinds = new ArrayList<>();
    q.run(Long.MAX_VALUE, (now, kind, subject, detail) -> kinds.add(kind));
    assertThat(kinds).containsExactly(2, 3, 5, 4, 1);
  }

  @Test
  void handlersMayScheduleMoreAndRunStopsAtTheEnd() {
    EventQueue q = new EventQueue();
    q.schedule(0, 0, 0, 0);
    List<Long> times = new ArrayList<>();
    q.run(
        100,
        (now, kind, subject, detail) -> {
          times.add(now);
          q.schedule(now + 30, 0, subject + 1, 0);
        });
    assertThat(times).containsExactly(0L, 30L, 60L, 90L);
    assertThat(q.pending()).isEqualTo(1);
    assertThat(q.processed()).isEqualTo(4);
  }

  @Test
  void schedulingInThePastIsAnError() {
    EventQueue q = new EventQueue();
    q.schedule(50, 0, 0, 0);
    q.run(Long.MAX_VALUE, (now, kind, subject, detail) -> {});
    assertThatThrownBy(() -> q.schedule(10, 0, 0, 0)).isInstanceOf(IllegalStateException.class);
  }

  /** Any batch of events comes out sorted by time, equal times in the order given. */
  @Property(tries = 200)
  void outputIsAStableSortOfTheInput(
      @ForAll @Size(max = 3000) List<@LongRange(min = 0, max = 50) Long> times) {
    EventQueue q = new EventQueue();
    for (int i = 0; i < times.size(); i++) {
      q.schedule(times.get(i), 0, i, 0);
    }
    List<Integer> order = new ArrayList<>();
    q.run(Long.MAX_VALUE, (now, kind, subject, detail) -> order.add(subject));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      expected.add(i);
    }
    expected.sort(Comparator.comparingLong(times::get)); // List.sort is stable
    assertThat(order).isEqualTo(expected);
  }
}
