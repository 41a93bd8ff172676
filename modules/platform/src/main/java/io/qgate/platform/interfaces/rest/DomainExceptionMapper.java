package io.qgate.platform.interfaces.rest;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.DomainException;
import io.qgate.platform.domain.ForbiddenException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import io.qgate.platform.domain.UnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request the domain refused: 400 for a broken rule, 403 when not entitled, 404 for a missing
 * entity, 409 for a conflict, 503 when a dependency is down.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException exception) {
    return problemFor(exception).toResponse();
  }

  static ProblemDocument problemFor(DomainException exception) {
    if (exception instanceof InvalidInputException invalid) {
      return ProblemDocument.invalid(
          invalid.getMessage(),
          invalid.violations().stream()
              .map(v -> new ProblemDocument.FieldError(v.field(), v.message()))
              .toList());
    }
    if (exception instanceof NotFoundException) {
      return ProblemDocument.of(ProblemType.NOT_FOUND, exception.getMessage());
    }
    if (exception instanceof ForbiddenException) {
      return ProblemDocument.of(ProblemType.FORBIDDEN, exception.getMessage());
    }
    if (exception instanceof UnavailableException) {
      return ProblemDocument.of(ProblemType.SERVICE_UNAVAILABLE, exception.getMessage());
    }
    if (exception instanceof ConflictException) {
      return ProblemDocument.of(ProblemType.CONFLICT, exception.getMessage());
    }
    return ProblemDocument.of(ProblemType.VALIDATION_FAILED, exception.getMessage());
  }
}
