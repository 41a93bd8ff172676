package io.qgate.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskFailuresTest {

  private final Logger logger = Logger.getLogger("test.TaskFailures." + System.nanoTime());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private final TaskFailures failures = new TaskFailures(logger, "Link runners");

  @BeforeEach
  void capture() {
    logger.setUseParentHandlers(false);
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
  }

  @AfterEach
  void release() {
    logger.removeHandler(capture);
  }

  @Test
  void aPartThatStartsFailingIsAWarningOnceAndItsRecoveryIsReportedWithTheCount() {
    IllegalStateException closed = new IllegalStateException("Session/EntityManager is closed");
    failures.failed("link core-grid", closed);
    failures.failed("link core-grid", closed);
    failures.failed("link core-grid", closed);
    failures.succeeded("link core-grid");
    failures.succeeded("link core-grid");

    assertThat(records)
        .extracting(LogRecord::getLevel)
        .containsExactly(Level.WARNING, Level.FINE, Level.FINE, Level.INFO);
    assertThat(records.get(0).getMessage())
        .isEqualTo(
            "Link runners: link core-grid failed: IllegalStateException: Session/EntityManager is closed"
                + " (retried each run; logged again if it changes)");
    assertThat(records.get(3).getMessage())
        .isEqualTo("Link runners: link core-grid works again after 3 failed runs");
  }

  @Test
  void aDifferentFailureIsAWarningAgainAndPartsAreTrackedApart() {
    failures.failed("link core-grid", new SQLException("connection refused"));
    failures.failed("link core-health", new SQLException("connection refused"));
    failures.failed("link core-grid", new IllegalStateException("vault shut"));
    failures.succeeded("link core-health");

    assertThat(records)
        .extracting(LogRecord::getLevel)
        .containsExactly(Level.WARNING, Level.WARNING, Level.WARNING, Level.INFO);
    assertThat(records.get(2).getMessage()).contains("core-grid", "vault shut");
    assertThat(records.get(3).getMessage())
        .contains("core-health", "works again after 1 failed run");
  }

  @Test
  void onlyTheFirstLineOfAMessageIsLoggedNotTheFailingRowThatFollows() {
    failures.failed(
        "link core-grid",
        new SQLException(
            "ERROR: new row violates check constraint\n  Detail: Failing row contains (\\x0a1b)."));
    failures.failed("link core-health", new IllegalStateException());

    assertThat(records.get(0).getMessage())
        .contains("SQLException: ERROR: new row violates check constraint (retried")
        .doesNotContain("Failing row", "0a1b");
    assertThat(records.get(1).getMessage()).contains("IllegalStateException: (no message)");
  }

  @Test
  void successesWithoutFailuresSayNothing() {
    failures.succeeded("link core-grid");
    assertThat(records).isEmpty();
  }
}
