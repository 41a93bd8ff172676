package io.qgate.platform.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappingTest {

  @Test
  void domainExceptionsMapToTheirStatus() {
    assertThat(DomainExceptionMapper.problemFor(new NotFoundException("node", "x")))
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(404);
              assertThat(p.type()).isEqualTo("urn:qgate:problem:not-found");
              assertThat(p.detail()).isEqualTo("No node with id 'x'");
            });
    assertThat(DomainExceptionMapper.problemFor(new ConflictException("taken")).status())
        .isEqualTo(409);
    ProblemDocument invalid =
        DomainExceptionMapper.problemFor(new InvalidInputException("endpointB", "missing"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errors())
        .containsExactly(new ProblemDocument.FieldError("endpointB", "missing"));
    ProblemDocument several =
        DomainExceptionMapper.problemFor(
            new InvalidInputException(
                java.util.List.of(
                    new InvalidInputException.Violation("devices", "must be <= 100000"),
                    new InvalidInputException.Violation("hours", "must be > 0"))));
    assertThat(several.status()).isEqualTo(400);
    assertThat(several.detail()).isEqualTo("2 fields are invalid");
    assertThat(several.errors())
        .containsExactly(
            new ProblemDocument.FieldError("devices", "must be <= 100000"),
            new ProblemDocument.FieldError("hours", "must be > 0"));
  }

  @Test
  void integrityViolationsAndStaleVersionsAreConflicts() {
    var unique = new SQLException("duplicate key", "23505");
    assertThat(
            UnexpectedExceptionMapper.isConcurrentWriteConflict(
                new PersistenceException("flush", unique)))
        .isTrue();
    assertThat(
            UnexpectedExceptionMapper.isConcurrentWriteConflict(
                new RuntimeException(new OptimisticLockException())))
        .isTrue();
    assertThat(
            UnexpectedExceptionMapper.isConcurrentWriteConflict(
                new PersistenceException(new SQLException("connection refused", "08001"))))
        .isFalse();
    assertThat(UnexpectedExceptionMapper.isConcurrentWriteConflict(new IllegalStateException()))
        .isFalse();
  }

  @Test
  void everyProblemTypeHasAStableUrnAndStatusLookupSkipsValidation() {
    assertThat(ProblemType.UNSUPPORTED_MEDIA_TYPE.urn())
        .isEqualTo("urn:qgate:problem:unsupported-media-type");
    assertThat(ProblemType.forStatus(400)).contains(ProblemType.MALFORMED_REQUEST);
    assertThat(ProblemType.forStatus(418)).isEmpty();
  }

  @Test
  void malformedBodyDescriptionKeepsOnlyTheFirstLineOfTheCause() {
    var cause = new IllegalArgumentException("Unexpected char at 12\nfull dump");

    assertThat(MalformedRequestExceptionMapper.describe(new RuntimeException("wrap", cause)))
        .endsWith("Unexpected char at 12");
  }
}
