package io.qgate.devstack.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./qgate down}: asks a running {@code up} to stop, as Ctrl-C would. */
@Command(name = "down", description = "Stop a running ./qgate up.")
final class DownCommand implements Callable<Integer> {

  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  @ParentCommand private QgateCli cli;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  private boolean help;

  @Override
  public Integer call() throws InterruptedException {
    CliContext context = cli.context();
    PrintStream out = context.out();
    PidFile pidFile = new PidFile(context.layout().pidFile());
    Optional<ProcessHandle> launcher = pidFile.liveProcess();
    if (launcher.isEmpty()) {
      if (pidFile.recordedPid().isPresent()) {
        pidFile.delete(); // left by a launcher that was killed hard
      }
      out.println("qgate is not running");
      return 0;
    }
    ProcessHandle process = launcher.get();
    out.print("Stopping qgate (pid " + process.pid() + ") ... ");
    out.flush();
    long startNanos = System.nanoTime();
    // SIGTERM: the launcher's shutdown hook stops Payara Micro, Kafka and PostgreSQL in order.
    process.destroy();
    try {
      process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      out.println("still running");
      throw CliException.failure(
          "qgate (pid "
              + process.pid()
              + ") did not stop within "
              + STOP_WAIT.toSeconds()
              + " s; see .qgate/logs/");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    out.println(
        "stopped (" + Progress.seconds(Duration.ofNanos(System.nanoTime() - startNanos)) + ")");
    return 0;
  }
}
