package io.qgate.benchconsole;

import java.util.List;

/** The measured samples of one phase (warm-up samples are not in it). */
record Phase(String key, String label, List<Sample> samples) {

  Phase {
    samples = List.copyOf(samples);
  }

  Stats firstView() {
    return Stats.of(samples.stream().map(Sample::firstViewMs).toList());
  }

  Stats domContentLoaded() {
    return Stats.of(samples.stream().map(Sample::domContentLoadedMs).toList());
  }

  Stats load() {
    return Stats.of(samples.stream().map(Sample::loadMs).toList());
  }

  Stats fetchStart() {
    return Stats.of(samples.stream().map(Sample::fetchStartMs).toList());
  }

  int errorSections() {
    return samples.stream().mapToInt(Sample::errorSections).sum();
  }
}
