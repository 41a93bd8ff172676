package io.qgate.platform.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: a concurrent write the database refused becomes 409, anything else a
 * 500 that carries an incident id instead of a stack trace; the stack trace goes to the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  /** PostgreSQL's class 23: integrity constraint violation (unique, foreign key, check). */
  private static final String INTEGRITY_VIOLATION_CLASS = "23";

  @Override
  public Response toResponse(Throwable exception) {
    if (isConcurrentWriteConflict(exception)) {
      return ProblemDocument.of(
              ProblemType.CONFLICT,
              "The write conflicts with a concurrent change; reload and try again")
          .toResponse();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
    return ProblemDocument.of(
            ProblemType.INTERNAL_ERROR,
            "An unexpected error occurred; quote incident " + incident + " to the operator")
        .toResponse();
  }

  static boolean isConcurrentWriteConflict(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS)) {
        return true;
      }
    }
    return false;
  }
}
