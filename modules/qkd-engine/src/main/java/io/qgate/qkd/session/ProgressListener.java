package io.qgate.qkd.session;

/** Told after each block how far a session has got, e.g. to draw a progress bar. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (sent, total) -> {};

  void progress(long pulsesSent, long pulsesTotal);
}
