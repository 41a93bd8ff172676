package io.qgate.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void offsetIsPageTimesSize() {
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
  }

  @Test
  void refusesNegativePagesAndSizesOutsideBounds() {
    assertThatThrownBy(() -> new PageRequest(-1, 10))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    assertThatThrownBy(() -> new PageRequest(0, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
    assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new PageRequest(0, PageRequest.MAX_SIZE).size()).isEqualTo(PageRequest.MAX_SIZE);
  }

  @Test
  void pageCountsRoundUpAndMappingKeepsTotals() {
    Page<Integer> page = Page.of(List.of(1, 2), new PageRequest(1, 2), 5);

    assertThat(page.totalPages()).isEqualTo(3);
    Page<String> mapped = page.map(i -> "#" + i);
    assertThat(mapped.items()).containsExactly("#1", "#2");
    assertThat(mapped.totalItems()).isEqualTo(5);
    assertThat(mapped.totalPages()).isEqualTo(3);
  }

  @Test
  void emptyListingHasNoPages() {
    assertThat(Page.of(List.of(), new PageRequest(0, 10), 0).totalPages()).isZero();
  }
}
