package io.qgate.benchpipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole run: one broker, then each mode in turn (fresh topic, group and fleet each), so that
 * encrypted and plain are measured in the same JVM on the same broker minutes apart.
 */
final class PipelineBench {

  private final PipelineBenchSettings settings;
  private final Path workDirectory;
  private final PrintStream progress;

  PipelineBench(PipelineBenchSettings settings, Path workDirectory, PrintStream progress) {
    this.settings = settings;
    this.workDirectory = workDirectory;
    this.progress = progress;
  }

  List<ModeOutcome> run() throws InterruptedException {
    try (BenchBroker broker =
        settings.bootstrap().isPresent()
            ? BenchBroker.external(settings.bootstrap().get())
            : BenchBroker.embedded(workDirectory)) {
      progress.println("bench pipeline: " + broker.describe());
      List<ModeOutcome> outcomes = new ArrayList<>();
      for (int round = 1; round <= settings.rounds(); round++) {
        for (PipelineMode mode : settings.modes()) {
          progress.println(
              "bench pipeline: "
                  + mode.label()
                  + (settings.rounds() > 1 ? ", round " + round : "")
                  + " ...");
          ModeOutcome outcome = new ModeRun(settings, mode, broker.bootstrap(), progress).run();
          progress.println("  " + PipelineReport.modeLine(outcome));
          outcomes.add(outcome);
        }
      }
      return outcomes;
    }
  }
}
