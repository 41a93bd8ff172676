package io.qgate.simulations.application;

import io.qgate.platform.domain.access.Operator;
import io.qgate.simulations.domain.SimulationJob;
import io.qgate.simulations.domain.SimulationJobs;
import io.qgate.simulations.domain.SimulationParameters;
import io.qgate.simulations.domain.SimulationRequest;
import io.qgate.simulations.domain.Simulator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The simulations of this instance: validates requests and hands them to the one {@link
 * SimulationRunner}. Jobs are in memory (see {@link SimulationJobs}).
 */
@ApplicationScoped
public class SimulationService {

  /** Jobs that may wait behind the running one; more is a 503. */
  public static final int MAX_QUEUED = 8;

  /** Jobs a list shows at most. */
  public static final int LIST_LIMIT = 50;

  @Inject SimulationJobs jobs;
  @Inject SimulationExecutor executor;
  @Inject @Any Instance<Simulator> simulators;

  private SimulationRunner runner;

  @PostConstruct
  void init() {
    runner =
        new SimulationRunner(
            executor,
            simulators.stream().collect(Collectors.toList()),
            jobs,
            Clock.systemUTC(),
            MAX_QUEUED);
  }

  /**
   * @throws io.qgate.platform.domain.InvalidInputException naming every field at fault
   * @throws io.qgate.platform.domain.UnavailableException when the queue is full
   */
  public SimulationJob submit(SimulationRequest request, Operator operator) {
    return runner.submit(SimulationParameters.of(request), operator.name());
  }

  public List<SimulationJob> recent(Operator operator) {
    return runner.recentBy(operator.name(), LIST_LIMIT);
  }

  public SimulationJob get(UUID id) {
    return runner.get(id);
  }

  public SimulationJob cancel(UUID id, Operator operator) {
    return runner.cancel(id, operator);
  }
}
