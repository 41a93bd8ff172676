package io.qgate.simulations.infrastructure;

import io.qgate.simulations.application.SimulationExecutor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Simulation jobs run on the container's default managed executor ({@code
 * java:comp/DefaultManagedExecutorService}), with the application's context, flagged as long
 * running. The runner keeps at most one of them on it at a time.
 */
@ApplicationScoped
public class ManagedSimulationExecutor implements SimulationExecutor {

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Override
  public void execute(Runnable task) {
    executor.execute(
        ManagedExecutors.managedTask(
            task,
            Map.of(
                ManagedTask.IDENTITY_NAME, "qgate-simulations",
                ManagedTask.LONGRUNNING_HINT, "true"),
            null));
  }
}
