package io.qgate.platform.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request become a 400 listing every field at fault. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<ProblemDocument.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new ProblemDocument.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(ProblemDocument.FieldError::field))
            .toList();
    String detail =
        errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    return ProblemDocument.invalid(detail, errors).toResponse();
  }

  /**
   * The JSON path of a violation: the resource method and body parameter are dropped, a query or
   * path parameter keeps its own name.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      String name = node.getName();
      if (name == null) {
        continue;
      }
      names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
    }
    if (names.isEmpty()) {
      return parameter != null ? parameter : "body";
    }
    return String.join(".", names);
  }
}
