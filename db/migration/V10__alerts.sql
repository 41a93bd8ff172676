-- The alert store (modules/alerts). Every alert on qgate.alerts.v1 is kept here once: the consumer
-- group qgate-alert-store inserts by alert_id with ON CONFLICT DO NOTHING, so a redelivered record
-- is not stored twice. Operators list alerts of their tenants and acknowledge each once. Alerts are
-- kept (no retention job): the application role may not delete them.
CREATE TABLE alert (
    alert_id         UUID         PRIMARY KEY,
    type             VARCHAR(60)  NOT NULL,
    severity         VARCHAR(10)  NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    tenant           VARCHAR(20)  NOT NULL CHECK (tenant IN ('UTILITY', 'HOSPITAL', 'PLANT', 'SHARED')),
    source_kind      VARCHAR(10)  NOT NULL CHECK (source_kind IN ('LINK', 'DEVICE')),
    source_id        VARCHAR(200) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    message          TEXT         NOT NULL,
    details          JSONB        NOT NULL DEFAULT '{}'::jsonb,
    stored_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    state            VARCHAR(12)  NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ACKNOWLEDGED')),
    acknowledged_by  VARCHAR(200),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    ack_note         VARCHAR(500),
    CONSTRAINT alert_acknowledgement CHECK (
        (state = 'OPEN' AND acknowledged_by IS NULL AND acknowledged_at IS NULL AND ack_note IS NULL)
        OR (state = 'ACKNOWLEDGED' AND acknowledged_by IS NOT NULL AND acknowledged_at IS NOT NULL))
);
-- Lists: a tenant's newest first; the console's open counts.
CREATE INDEX alert_tenant_raised_idx ON alert (tenant, raised_at DESC);
CREATE INDEX alert_state_idx ON alert (state);

-- The platform stores alerts and acknowledges them: it may change the acknowledgement columns only.
GRANT SELECT, INSERT ON alert TO "${appRole}";
GRANT UPDATE (state, acknowledged_by, acknowledged_at, ack_note) ON alert TO "${appRole}";
