package io.qgate.benchpipeline;

import io.qgate.telemetry.envelope.Algorithm;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./qgate bench pipeline}: the telemetry pipeline end to end, produce → broker → consume →
 * open → domain check, encrypted and plain in one run. Figures are printed, never judged: a
 * benchmark reports what the machine did. Exit codes: 0 the run completed; 1 it could not (broker,
 * topics, consumer group) or a mode checked no frame at all; 2 bad options.
 */
@Command(
    name = "qgate bench pipeline",
    description = {
      "Telemetry pipeline benchmark: simulated PMUs (C37.118 frames from the grid module's"
          + " simulator) -> idempotent acks=all producers (frames sealed by TelemetrySerializer in"
          + " encrypted mode, plain bytes in plain mode) -> Kafka (embedded, on a free port, unless"
          + " --bootstrap) -> a consumer group (SecureTelemetryConsumer in encrypted mode) ->"
          + " GridMonitor.inspect. Open loop at PMUs x rate frames/s, or --max-rate.",
      "Reports per mode: frames/s checked in the measured window, end-to-end latency from each"
          + " frame's due time to its check (p50/p90/p99/p99.9/max), frames lost and rejected,"
          + " CPU per stage; for --mode both the encryption cost.",
      "Exit codes: 0 done; 1 the run failed or a mode checked nothing; 2 bad options."
    },
    mixinStandardHelpOptions = false)
public final class PipelineBenchCli implements Callable<Integer> {

  static final int FAILED = 1;
  static final int BAD_USAGE = 2;

  @Option(
      names = "--mode",
      paramLabel = "encrypted|plain|both",
      defaultValue = "both",
      description =
          "What is measured; both runs encrypted, then plain (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--pmus",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Simulated PMUs (default: ${DEFAULT-VALUE}).")
  int pmus;

  @Option(
      names = "--rate",
      paramLabel = "FPS",
      defaultValue = "60",
      description =
          "Frames per second per PMU, a C37.118.1 reporting rate: 10, 12, 15, 20, 30, 60 (60 Hz)"
              + " or 25, 50 (50 Hz) (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--producers",
      paramLabel = "N",
      defaultValue = "2",
      description = "Producer threads sharing the PMUs (default: ${DEFAULT-VALUE}).")
  int producers;

  @Option(
      names = "--consumers",
      paramLabel = "N",
      defaultValue = "2",
      description = "Consumer threads in the group (default: ${DEFAULT-VALUE}).")
  int consumers;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "4",
      description = "Partitions of the benchmark topic (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "20",
      description = "Measured window per mode in seconds (default: ${DEFAULT-VALUE}).")
  long seconds;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      defaultValue = "10",
      description = "Warm-up per mode in seconds, not measured (default: ${DEFAULT-VALUE}).")
  long warmup;

  @Option(
      names = "--drain",
      paramLabel = "S",
      defaultValue = "30",
      description =
          "After the producers stop, how long the consumers may take to check what is left"
              + " (default: ${DEFAULT-VALUE}).")
  long drain;

  @Option(
      names = "--max-rate",
      description = "Saturation: producers send as fast as they can, to find the ceiling.")
  boolean maxRate;

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      description = "Use this Kafka broker instead of an embedded one.")
  String bootstrap;

  @Option(
      names = "--algorithm",
      paramLabel = "aes-gcm|ascon",
      defaultValue = "aes-gcm",
      description = "AEAD of the encrypted mode (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(
      names = "--ring",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "Seconds of frames each PMU's simulator computes before the run, sent again in turn;"
              + " 0 computes every frame live when due (default: ${DEFAULT-VALUE}).")
  int ring;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Run the modes N times in turn; the encryption cost compares the last round's"
              + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  private final PrintStream out;
  private final PrintStream err;
  private final Path workDirectory;

  PipelineBenchCli(PrintStream out, PrintStream err, Path workDirectory) {
    this.out = out;
    this.err = err;
    this.workDirectory = workDirectory;
  }

  public static void main(String[] args) {
    Path work =
        Path.of(
            System.getProperty(
                "qgate.benchpipeline.work", System.getProperty("java.io.tmpdir") + "/qgate-bench"));
    quietLogging(work);
    System.exit(execute(args, System.out, System.err, work));
  }

  /** Runs the command; the exit code. Used by {@link #main} and tests. */
  static int execute(String[] args, PrintStream out, PrintStream err, Path workDirectory) {
    CommandLine commandLine = new CommandLine(new PipelineBenchCli(out, err, workDirectory));
    commandLine.setOut(new java.io.PrintWriter(out, true));
    commandLine.setErr(new java.io.PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(
        (e, a) -> {
          err.println("qgate bench pipeline: " + e.getMessage() + " (--help lists the options)");
          return BAD_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, result) -> {
          if (e instanceof BadOptionException) {
            err.println("qgate bench pipeline: " + e.getMessage());
            return BAD_USAGE;
          }
          err.println("qgate bench pipeline: " + e);
          return FAILED;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    PipelineBenchSettings settings = settings();
    List<ModeOutcome> outcomes = new PipelineBench(settings, workDirectory, err).run();
    PipelineReport.text(settings, outcomes).forEach(out::println);
    Optional<ModeOutcome> idle = outcomes.stream().filter(o -> o.checked() == 0).findFirst();
    if (idle.isPresent()) {
      err.println(
          "qgate bench pipeline: "
              + idle.get().mode().label()
              + " mode checked no frame"
              + (idle.get().firstProblem() == null ? "" : ": " + idle.get().firstProblem()));
      return FAILED;
    }
    return 0;
  }

  /** The validated settings; {@link BadOptionException} naming the first bad option. */
  PipelineBenchSettings settings() {
    try {
      return new PipelineBenchSettings(
              pmus,
              rate,
              producers,
              consumers,
              partitions,
              Duration.ofSeconds(warmup),
              Duration.ofSeconds(seconds),
              Duration.ofSeconds(drain),
              PipelineMode.parse(mode),
              maxRate,
              Optional.ofNullable(bootstrap).map(String::strip),
              parseAlgorithm(algorithm),
              ring,
              rounds)
          .validate();
    } catch (IllegalArgumentException e) {
      throw new BadOptionException(e.getMessage());
    }
  }

  static Algorithm parseAlgorithm(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "aes-gcm" -> Algorithm.AES_256_GCM;
      case "ascon" -> Algorithm.ASCON_AEAD128;
      default ->
          throw new IllegalArgumentException(
              "--algorithm must be aes-gcm or ascon, got '" + value.strip() + "'");
    };
  }

  /** Kafka's warnings go to a log file in the work directory, not between the progress lines. */
  private static void quietLogging(Path work) {
    String prefix = "org.slf4j.simpleLogger.";
    if (System.getProperty(prefix + "logFile") == null) {
      try {
        java.nio.file.Files.createDirectories(work);
        System.setProperty(prefix + "logFile", work.resolve("bench-pipeline.log").toString());
      } catch (java.io.IOException e) {
        System.setProperty(prefix + "defaultLogLevel", "off");
      }
    }
  }
}
