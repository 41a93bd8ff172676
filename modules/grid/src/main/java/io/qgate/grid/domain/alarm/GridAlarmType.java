package io.qgate.grid.domain.alarm;

/**
 * The alert types the grid consumer publishes on {@code qgate.alerts.v1}; each condition has a
 * {@code _CLEARED} companion (severity INFO) published when it ends.
 */
public enum GridAlarmType {
  GRID_FREQUENCY_EXCURSION,
  GRID_FREQUENCY_EXCURSION_CLEARED,
  GRID_ROCOF,
  GRID_ROCOF_CLEARED,
  GRID_PMU_DATA_INVALID,
  GRID_PMU_DATA_INVALID_CLEARED;

  /** The companion published when this condition ends. */
  public GridAlarmType cleared() {
    return switch (this) {
      case GRID_FREQUENCY_EXCURSION -> GRID_FREQUENCY_EXCURSION_CLEARED;
      case GRID_ROCOF -> GRID_ROCOF_CLEARED;
      case GRID_PMU_DATA_INVALID -> GRID_PMU_DATA_INVALID_CLEARED;
      default -> throw new IllegalStateException(name() + " is already a clearing type");
    };
  }
}
