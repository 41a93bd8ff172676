package io.qgate.qkd.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Input bits processed, reported by JMH as a secondary rate "bits" (bits/s; divide by 10^6 for
 * Mbit/s) next to the primary ops/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class BitsCounter {

  public long bits;

  @Setup(Level.Iteration)
  public void reset() {
    bits = 0;
  }
}
