package io.qgate.alerts.domain;

import io.qgate.audit.domain.CanonicalJson;
import io.qgate.platform.domain.ConflictException;
import io.qgate.platform.domain.InvalidInputException;
import io.qgate.platform.domain.Tenant;
import io.qgate.platform.domain.alert.Alert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert from {@code qgate.alerts.v1} as the platform keeps it: what was raised never changes; an
 * operator acknowledges it once, saying who and when, with an optional note. Only the
 * acknowledgement columns are updatable (the application role may change nothing else).
 */
@Entity
@Table(name = "alert")
public class StoredAlert {

  /** The longest note an acknowledgement may carry. */
  public static final int MAX_NOTE = 500;

  @Id
  @Column(name = "alert_id", updatable = false)
  private UUID alertId;

  @Column(nullable = false, updatable = false)
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AlertSeverity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Tenant tenant;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, updatable = false)
  private SourceKind sourceKind;

  @Column(name = "source_id", nullable = false, updatable = false)
  private String sourceId;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(nullable = false, updatable = false)
  private String message;

  /** The details object as JSON text (a jsonb column, written by the repository's insert). */
  @Column(nullable = false, insertable = false, updatable = false)
  private String details;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AlertState state;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "ack_note")
  private String ackNote;

  protected StoredAlert() {}

  /**
   * A new, open alert.
   *
   * @param details the details object as JSON text
   */
  public StoredAlert(
      UUID alertId,
      String type,
      AlertSeverity severity,
      Tenant tenant,
      SourceKind sourceKind,
      String sourceId,
      Instant raisedAt,
      String message,
      String details) {
    this.alertId = Objects.requireNonNull(alertId, "alertId");
    this.type = Objects.requireNonNull(type, "type");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.sourceKind = Objects.requireNonNull(sourceKind, "sourceKind");
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    // PostgreSQL keeps microseconds: the stored alert reads back as it was built.
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt").truncatedTo(ChronoUnit.MICROS);
    this.message = Objects.requireNonNull(message, "message");
    this.details = Objects.requireNonNull(details, "details");
    this.state = AlertState.OPEN;
  }

  /**
   * The alert as raised on {@code qgate.alerts.v1}, open.
   *
   * @throws IllegalArgumentException if its severity, tenant or source kind is not one qgate knows
   */
  public static StoredAlert of(Alert alert) {
    return new StoredAlert(
        alert.alertId(),
        alert.type(),
        AlertSeverity.valueOf(alert.severity()),
        Tenant.valueOf(alert.tenant()),
        SourceKind.valueOf(alert.sourceKind()),
        alert.sourceId(),
        alert.raisedAt(),
        alert.message(),
        CanonicalJson.write(alert.details()));
  }

  /**
   * Records that {@code by} has seen to the alert at {@code at}.
   *
   * @param note optional (null or blank for none), at most {@value #MAX_NOTE} characters
   * @throws ConflictException if it was acknowledged already
   * @throws InvalidInputException (field {@code note}) if the note is too long
   */
  public void acknowledge(String by, String note, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (by.isBlank()) {
      throw new IllegalArgumentException("an acknowledgement names who made it");
    }
    String stripped = note == null || note.isBlank() ? null : note.strip();
    if (stripped != null && stripped.length() > MAX_NOTE) {
      throw new InvalidInputException("note", "must be at most " + MAX_NOTE + " characters");
    }
    if (state == AlertState.ACKNOWLEDGED) {
      throw new ConflictException(
          "alert " + alertId + " was acknowledged by " + acknowledgedBy + " at " + acknowledgedAt);
    }
    state = AlertState.ACKNOWLEDGED;
    acknowledgedBy = by;
    acknowledgedAt = at.truncatedTo(ChronoUnit.MICROS);
    ackNote = stripped;
  }

  public boolean isOpen() {
    return state == AlertState.OPEN;
  }

  public UUID alertId() {
    return alertId;
  }

  public String type() {
    return type;
  }

  public AlertSeverity severity() {
    return severity;
  }

  public Tenant tenant() {
    return tenant;
  }

  public SourceKind sourceKind() {
    return sourceKind;
  }

  public String sourceId() {
    return sourceId;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public String message() {
    return message;
  }

  /** The details object as JSON text. */
  public String details() {
    return details;
  }

  public AlertState state() {
    return state;
  }

  /** Who acknowledged it; null while open. */
  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  /** When it was acknowledged; null while open. */
  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  /** The acknowledgement's note; null if none. */
  public String ackNote() {
    return ackNote;
  }
}
