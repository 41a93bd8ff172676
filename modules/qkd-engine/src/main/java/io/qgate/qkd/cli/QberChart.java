package io.qgate.qkd.cli;

import io.qgate.qkd.eve.InterceptResendAttack;
import io.qgate.qkd.protocol.InterceptResend;
import io.qgate.qkd.session.SessionResult;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG chart of the QBER against the intercept-resend fraction, styled like {@link RateChart}: the
 * Monte-Carlo estimates with their binomial standard errors, the textbook line p/4 and the
 * expectation on this link (misalignment and dark counts included), with the abort threshold.
 */
final class QberChart {

  private QberChart() {}

  static void write(Path file, String protocol, List<SessionResult> results) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(600)
            .title("QBER vs intercept-resend fraction: " + protocol)
            .xAxisTitle("Intercepted fraction p")
            .yAxisTitle("QBER")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    List<Double> p = new ArrayList<>();
    List<Double> qber = new ArrayList<>();
    List<Double> error = new ArrayList<>();
    List<Double> theory = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    List<Double> threshold = new ArrayList<>();
    for (SessionResult r : results) {
      double f = ((InterceptResendAttack) r.config().eve()).fraction();
      p.add(f);
      theory.add(InterceptResend.qber(f));
      expected.add(r.details().getOrDefault("analyticQber", Double.NaN));
      threshold.add(r.qberThreshold());
      double q = Double.isNaN(r.qber()) ? 0 : r.qber();
      qber.add(q);
      error.add(r.qberBits() == 0 ? 0 : Math.sqrt(q * (1 - q) / r.qberBits()));
    }
    chart.addSeries("p/4 (Bennett-Brassard 1984)", p, theory).setMarker(SeriesMarkers.NONE);
    chart.addSeries("expected on this link", p, expected).setMarker(SeriesMarkers.NONE);
    chart.addSeries("abort threshold", p, threshold).setMarker(SeriesMarkers.NONE);
    chart
        .addSeries("Monte-Carlo estimate", p, qber, error)
        .setMarker(SeriesMarkers.CIRCLE)
        .setLineStyle(SeriesLines.NONE);
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }
}
