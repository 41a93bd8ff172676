package io.qgate.qkd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static Map<String, Object> row(double distance, double rate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("protocol", "bb84");
    row.put("distanceKm", distance);
    row.put("secretKeyRatePerPulse", rate);
    row.put("aborted", false);
    return row;
  }

  private static String print(Report report, OutputFormat format) {
    StringWriter text = new StringWriter();
    report.print(format, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void jsonIsAnObjectForOneResultAndAnArrayForASeries() {
    assertThat(print(Report.single(row(0, 1e-3)), OutputFormat.JSON).strip())
        .isEqualTo(
            "{\"protocol\":\"bb84\",\"distanceKm\":0.0,\"secretKeyRatePerPulse\":0.001,"
                + "\"aborted\":false}");
    assertThat(print(Report.series(List.of(row(0, 1e-3))), OutputFormat.JSON)).startsWith("[{");
  }

  @Test
  void nonFiniteNumbersStayValidJson() {
    assertThat(print(Report.single(Map.of("rate", Double.NEGATIVE_INFINITY)), OutputFormat.JSON))
        .contains("\"rate\":\"-Infinity\"");
  }

  @Test
  void csvHasAHeaderAndOneLinePerRow() {
    String csv = print(Report.series(List.of(row(0, 1e-3), row(10, 5e-4))), OutputFormat.CSV);

    assertThat(csv.lines())
        .containsExactly(
            "protocol,distanceKm,secretKeyRatePerPulse,aborted",
            "bb84,0.0,0.001,false",
            "bb84,10.0,5.0E-4,false");
  }

  @Test
  void tableAlignsColumnsAndRoundsToFourSignificantDigits() {
    String table = print(Report.series(List.of(row(0, 1.23456e-3))), OutputFormat.TABLE);

    assertThat(table.lines().toList().get(1)).contains("0.001235").contains("bb84");
    assertThat(table.lines().map(String::length).distinct()).hasSize(1);
  }
}
