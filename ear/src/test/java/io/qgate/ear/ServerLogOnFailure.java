package io.qgate.ear;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints the tail of the domain's server.log when a test or the set-up/tear-down fails, so a CI log
 * shows why the server did not deploy or answer. Printed once per run; the failure is rethrown.
 */
final class ServerLogOnFailure
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  private static final int LINES = 200;

  private final Supplier<PayaraDomain> domain;
  private final AtomicBoolean printed = new AtomicBoolean();

  ServerLogOnFailure(Supplier<PayaraDomain> domain) {
    this.domain = domain;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    print(context);
    throw throwable;
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    print(context);
    throw throwable;
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    print(context);
    throw throwable;
  }

  private void print(ExtensionContext context) {
    PayaraDomain current = domain.get();
    if (current == null || !printed.compareAndSet(false, true)) {
      return;
    }
    System.err.printf(
        "%n===== %s failed; last %d lines of %s =====%n%s%n===== end of server.log =====%n",
        context.getDisplayName(), LINES, current.serverLog(), current.serverLogTail(LINES));
  }
}
