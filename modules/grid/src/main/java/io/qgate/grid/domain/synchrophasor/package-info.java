/**
 * The IEEE C37.118.2-2011 data frame as qgate's PMUs send it on {@code qgate.grid.pmu.v1}: one PMU
 * per frame, phasors and FREQ/DFREQ in IEEE 754 single precision, phasors in polar form, no analog
 * or digital words. The codec is allocation-lean because the grid consumer decodes tens of
 * thousands of frames per second next to Kafka and the AEAD.
 */
package io.qgate.grid.domain.synchrophasor;
