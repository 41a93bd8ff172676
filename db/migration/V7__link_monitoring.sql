-- Live link monitoring: a link whose window crosses its QBER alarm threshold (or whose CHSH value
-- or decoy-estimated single-photon yield drops) is marked compromised until an operator clears it;
-- the key it produced since its last good window is quarantined. State is here, not in a JVM, so
-- every instance agrees.
ALTER TABLE vault_link_state DROP CONSTRAINT vault_link_state_status_check;
ALTER TABLE vault_link_state ADD CONSTRAINT vault_link_state_status_check CHECK (status IN (
    'RUNNING', 'POOL_FULL', 'DENIED', 'NO_KEY', 'COMPROMISED',
    'EXTERNAL_UNAVAILABLE', 'EXTERNAL_REFUSED', 'EXTERNAL_MISMATCH'));
ALTER TABLE vault_link_state ADD COLUMN sifted_key_rate DOUBLE PRECISION;
-- End of the last window confirmed good (database clock, as vault_pool_block.produced_at).
ALTER TABLE vault_link_state ADD COLUMN last_good_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE vault_link_state ADD COLUMN compromised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE vault_link_state ADD COLUMN compromise_reason VARCHAR(500);

-- A simulated eavesdropper an administrator attached to a simulated link (a demonstration).
CREATE TABLE vault_link_eavesdropper (
    link_id      VARCHAR(63)  PRIMARY KEY REFERENCES network_link (id) ON DELETE CASCADE,
    attack       VARCHAR(20)  NOT NULL CHECK (attack IN ('INTERCEPT_RESEND', 'PNS')),
    fraction     DOUBLE PRECISION NOT NULL CHECK (fraction > 0 AND fraction <= 1),
    attached_by  VARCHAR(200) NOT NULL,
    attached_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per link per runner tick (one second), written by the instance running the link;
-- deleted after QGATE_VAULT_TELEMETRY_RETENTION_HOURS.
CREATE TABLE vault_link_sample (
    link_id      VARCHAR(63)  NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    qber         DOUBLE PRECISION,
    sifted_bps   DOUBLE PRECISION NOT NULL,
    secret_bps   DOUBLE PRECISION NOT NULL,
    pool_bits    BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL
);
CREATE INDEX vault_link_sample_link_at_idx ON vault_link_sample (link_id, at);
CREATE INDEX vault_link_sample_at_idx ON vault_link_sample (at);

GRANT SELECT, INSERT, UPDATE, DELETE ON vault_link_eavesdropper, vault_link_sample TO "${appRole}";
