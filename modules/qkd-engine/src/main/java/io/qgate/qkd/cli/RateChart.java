package io.qgate.qkd.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG chart of secret key rate against distance on a log scale, with the PLOB bound drawn. */
final class RateChart {

  private RateChart() {}

  /** Zero and infinite values (PLOB at η = 1) are left out: a log axis cannot show them. */
  static void write(
      Path file, String protocol, List<Double> distances, List<Double> rates, List<Double> plob)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(600)
            .title("Secret key rate vs distance: " + protocol)
            .xAxisTitle("Distance (km)")
            .yAxisTitle("Secret key rate (bits per pulse)")
            .build();
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    addPositive(chart, "PLOB bound -log2(1-eta)", distances, plob);
    addPositive(chart, protocol, distances, rates);
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static void addPositive(XYChart chart, String name, List<Double> x, List<Double> y) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      if (y.get(i) > 0 && Double.isFinite(y.get(i))) {
        xs.add(x.get(i));
        ys.add(y.get(i));
      }
    }
    if (xs.isEmpty()) {
      return;
    }
    chart
        .addSeries(name, xs, ys)
        .setMarker(xs.size() > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
  }
}
