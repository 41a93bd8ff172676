/**
 * The grid's use of the platform's telemetry SPI: {@link io.qgate.grid.application.GridFleet} and
 * {@link io.qgate.grid.application.PmuSimulator} produce realistic synchrophasor streams for demos
 * and benchmarks, {@link io.qgate.grid.application.GridMonitor} turns decrypted frames into
 * frequency, ROCOF and data-validity alerts.
 */
package io.qgate.grid.application;
