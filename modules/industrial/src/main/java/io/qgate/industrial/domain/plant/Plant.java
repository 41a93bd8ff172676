package io.qgate.industrial.domain.plant;

/**
 * A production site of the PLANT tenant: the top of the ISA-95 equipment hierarchy this module
 * models (enterprise › site › area/line › cell), trimmed to plant › line › PLC.
 *
 * @param id short lowercase id used in device ids, e.g. {@code plant1}
 */
public record Plant(String id, String name) {

  public Plant {
    Ids.requireId(id, "plant id");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("plant name must not be blank");
    }
  }
}
