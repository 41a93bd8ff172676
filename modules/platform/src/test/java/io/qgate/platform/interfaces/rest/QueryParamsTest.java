package io.qgate.platform.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.PageRequest;
import io.qgate.platform.domain.Tenant;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void absentPagingParametersTakeTheDefaults() {
    assertThat(QueryParams.page(null, " "))
        .isEqualTo(new PageRequest(0, QueryParams.DEFAULT_PAGE_SIZE));
    assertThat(QueryParams.page("2", "10")).isEqualTo(new PageRequest(2, 10));
  }

  @Test
  void nonNumericPagingParameterNamesItself() {
    assertThatThrownBy(() -> QueryParams.page("abc", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    assertThatThrownBy(() -> QueryParams.page("0", "1.5"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
  }

  @Test
  void enumParametersIgnoreCaseAndListTheAllowedValues() {
    assertThat(QueryParams.enumValue(Tenant.class, "hospital", "tenant"))
        .isEqualTo(Tenant.HOSPITAL);
    assertThat(QueryParams.enumValue(Tenant.class, null, "tenant")).isNull();
    assertThatThrownBy(() -> QueryParams.enumValue(Tenant.class, "NOBODY", "tenant"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("must be one of UTILITY, HOSPITAL, PLANT, SHARED");
  }
}
