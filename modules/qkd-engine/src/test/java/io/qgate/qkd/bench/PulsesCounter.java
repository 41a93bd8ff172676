package io.qgate.qkd.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Pulses simulated, reported by JMH as a secondary rate "pulses" (pulses/s) next to ops/s. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class PulsesCounter {

  public long pulses;

  @Setup(Level.Iteration)
  public void reset() {
    pulses = 0;
  }
}
