/**
 * The smart-grid model: substations, their phasor measurement units (PMUs) and the nominal system
 * frequency they measure against. Value objects only; the wire format lives in {@code
 * synchrophasor}, the alarm rules in {@code alarm}.
 */
package io.qgate.grid.domain;
