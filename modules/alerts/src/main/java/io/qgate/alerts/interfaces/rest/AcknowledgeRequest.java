package io.qgate.alerts.interfaces.rest;

import jakarta.validation.constraints.Size;

/** An acknowledgement's optional note (what was done about it); it goes into the audit trail. */
public record AcknowledgeRequest(@Size(max = 500) String note) {}
