package io.qgate.netsim.report;

import io.qgate.netsim.model.SimulationOutcome;
import io.qgate.netsim.model.TierFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG charts of a run, named {@code <architecture>-<devices>-<chart>.png}: latency CDF, served
 * share against time, key supply against demand per tier.
 */
public final class Charts {

  private Charts() {}

  /** Writes the three charts into {@code dir} (created if missing); returns their files. */
  public static List<Path> write(RunReport r, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    String stem = r.architecture() + "-" + r.config().devices() + "-";
    SimulationOutcome o = r.outcome();
    List<Path> files = new ArrayList<>();
    files.add(save(latencyCdf(r, o), dir.resolve(stem + "latency-cdf.png")));
    files.add(save(servedShare(r, o), dir.resolve(stem + "served-share.png")));
    files.add(save(supplyDemand(r, o), dir.resolve(stem + "supply-demand.png")));
    return files;
  }

  private static XYChart latencyCdf(RunReport r, SimulationOutcome o) {
    XYChart chart = chart(title(r, "rekey latency CDF"), "Latency (s)", "Share of served rekeys");
    chart.getStyler().setXAxisLogarithmic(true);
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    double[] q = o.latencyQuantiles();
    for (int i = 0; i < q.length; i++) {
      if (q[i] > 0) {
        x.add(q[i]);
        y.add(i / (q.length - 1.0));
      }
    }
    add(chart, "latency", x, y);
    return chart;
  }

  private static XYChart servedShare(RunReport r, SimulationOutcome o) {
    XYChart chart = chart(title(r, "served share"), "Time (min)", "Rekeys served / asked");
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    double[] share = o.servedSharePerBin();
    for (int b = 0; b < share.length; b++) {
      if (Double.isFinite(share[b])) {
        x.add((b + 0.5) * o.binSeconds() / 60);
        y.add(share[b]);
      }
    }
    add(chart, "served share", x, y);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
    return chart;
  }

  private static XYChart supplyDemand(RunReport r, SimulationOutcome o) {
    XYChart chart = chart(title(r, "key supply vs demand"), "Time (min)", "bits/s");
    chart.getStyler().setYAxisLogarithmic(true);
    for (TierFigures t : o.tiers()) {
      String tier = t.tier().name().toLowerCase(Locale.ROOT);
      List<Double> x = new ArrayList<>();
      List<Double> used = new ArrayList<>();
      List<Double> supply = new ArrayList<>();
      double[] perBin = t.consumedPerBin();
      for (int b = 0; b < perBin.length; b++) {
        double minutes = (b + 0.5) * o.binSeconds() / 60;
        boolean after =
            Double.isFinite(o.failureAtSeconds()) && minutes * 60 >= o.failureAtSeconds();
        x.add(minutes);
        used.add(perBin[b] / o.binSeconds());
        supply.add(after ? t.supplyAfterFailureBitsPerSecond() : t.supplyBitsPerSecond());
      }
      add(chart, tier + " supply", x, supply);
      add(chart, tier + " consumed", x, used);
    }
    return chart;
  }

  private static String title(RunReport r, String what) {
    return String.format(
        Locale.ROOT, "%s, %,d devices: %s", r.architecture(), r.config().devices(), what);
  }

  private static XYChart chart(String title, String x, String y) {
    XYChart chart =
        new XYChartBuilder()
            .width(720)
            .height(440)
            .title(title)
            .xAxisTitle(x)
            .yAxisTitle(y)
            .build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
    return chart;
  }

  /** Log axes cannot show zeros; they are left out. */
  private static void add(XYChart chart, String name, List<Double> x, List<Double> y) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    boolean logY = chart.getStyler().isYAxisLogarithmic();
    for (int i = 0; i < x.size(); i++) {
      if (!logY || y.get(i) > 0) {
        xs.add(x.get(i));
        ys.add(y.get(i));
      }
    }
    if (!xs.isEmpty()) {
      chart.addSeries(name, xs, ys).setMarker(SeriesMarkers.NONE);
    }
  }

  private static Path save(XYChart chart, Path file) throws IOException {
    try (var out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
    return file;
  }
}
