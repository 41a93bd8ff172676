package io.qgate.industrial.application;

import io.qgate.industrial.domain.plant.Plant;
import io.qgate.industrial.domain.plant.Plc;
import io.qgate.industrial.domain.plant.ProductionLine;
import io.qgate.industrial.domain.plant.Tag;
import io.qgate.industrial.domain.plant.TagDirectory;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.telemetry.SimulatedFleet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated plants of the PLANT tenant behind edge gateway {@code gw-plant-1}: N tags grouped
 * into PLCs ({@code plc-plant<p>-line<l>-<n>}) on lines and plants as {@link FleetLayout} says,
 * each PLC a {@link PlcSimulator} with the {@link StandardTags}. Each PLC's seed is drawn from the
 * fleet's seed, so one seed reproduces the whole fleet.
 */
public final class PlantFleet implements SimulatedFleet {

  public static final String TOPIC = "qgate.industrial.metrics.v1";
  public static final String DOMAIN = "INDUSTRIAL";
  public static final String GATEWAY_ID = "gw-plant-1";

  private final List<PlcSimulator> devices;
  private final TagDirectory directory;

  /** {@code tags} tags in the default layout and profile (10 per PLC, 1 payload/s). */
  public PlantFleet(int tags, long seed) {
    this(FleetLayout.of(tags), SimulationProfile.DEFAULT, seed);
  }

  public PlantFleet(FleetLayout layout, SimulationProfile profile, long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    List<PlcSimulator> plcs = new ArrayList<>(layout.plcCount());
    int perPlant = layout.plcsPerLine() * layout.linesPerPlant();
    Plant plant = null;
    ProductionLine line = null;
    for (int i = 0; i < layout.plcCount(); i++) {
      if (i % perPlant == 0) {
        int p = i / perPlant + 1;
        plant = new Plant("plant" + p, "Plant " + p);
      }
      if (i % layout.plcsPerLine() == 0) {
        line =
            new ProductionLine(
                "line" + ((i / layout.plcsPerLine()) % layout.linesPerPlant() + 1), plant);
      }
      int unit = i % layout.plcsPerLine() + 1;
      int tagCount = Math.min(layout.tagsPerPlc(), layout.tags() - i * layout.tagsPerPlc());
      List<TagTemplate> templates = StandardTags.TEMPLATES.subList(0, tagCount);
      plcs.add(new PlcSimulator(plc(line, unit, templates), templates, profile, seeds.nextLong()));
    }
    this.devices = List.copyOf(plcs);
    this.directory = TagDirectory.of(devices.stream().map(PlcSimulator::plc).toList());
  }

  private static Plc plc(ProductionLine line, int unit, List<TagTemplate> templates) {
    String prefix = line.id() + "/unit" + unit;
    List<Tag> tags = new ArrayList<>(templates.size());
    for (int i = 0; i < templates.size(); i++) {
      tags.add(templates.get(i).toTag(prefix, i + 1));
    }
    String id = "plc-" + line.plant().id() + "-" + line.id() + "-" + unit;
    return new Plc(id, line, tags);
  }

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public Tenant tenant() {
    return Tenant.PLANT;
  }

  @Override
  public String domain() {
    return DOMAIN;
  }

  @Override
  public String gatewayId() {
    return GATEWAY_ID;
  }

  @Override
  public List<PlcSimulator> devices() {
    return devices;
  }

  /** The PLCs' configurations (their birth certificates), for a {@link MetricsMonitor}. */
  public TagDirectory directory() {
    return directory;
  }

  public int tagCount() {
    return devices.stream().mapToInt(d -> d.plc().tags().size()).sum();
  }
}
