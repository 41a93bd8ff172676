package io.qgate.industrial.domain.plant;

import java.util.Objects;

/**
 * A production line of a plant (ISA-95's production line work centre); its id starts the names of
 * its tags, e.g. {@code line1/...}, so alarms read the way operators name equipment.
 *
 * @param id short lowercase id unique within the plant, e.g. {@code line1}
 */
public record ProductionLine(String id, Plant plant) {

  public ProductionLine {
    Ids.requireId(id, "line id");
    Objects.requireNonNull(plant, "plant");
  }
}
