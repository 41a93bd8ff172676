-- Links whose key comes from external KMEs over ETSI GS QKD 014 (QGATE_VAULT_EXTERNAL_KMES): the
-- runner reports the KMEs' failures as statuses of their own, and says why in detail (never key
-- material).
ALTER TABLE vault_link_state DROP CONSTRAINT vault_link_state_status_check;
ALTER TABLE vault_link_state ADD CONSTRAINT vault_link_state_status_check CHECK (status IN (
    'RUNNING', 'POOL_FULL', 'DENIED', 'NO_KEY',
    'EXTERNAL_UNAVAILABLE', 'EXTERNAL_REFUSED', 'EXTERNAL_MISMATCH'));
ALTER TABLE vault_link_state ADD COLUMN detail VARCHAR(500);
