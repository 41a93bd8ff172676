package io.qgate.netsim.events;

/** Receives the events of an {@link EventQueue} in time order; primitive arguments, no boxing. */
@FunctionalInterface
public interface EventHandler {

  /**
   * @param now the event's time in nanoseconds of simulated time
   * @param kind what happens (the model's own codes)
   * @param subject whom it happens to (a device, gateway, link or request index)
   * @param detail a second integer the model may need (an epoch, a tag)
   */
  void handle(long now, int kind, int subject, int detail);
}
