-- The key vault: SAEs registered with a node's KME, QKD key material pooled per link, keys issued
-- to SAE pairs under ETSI GS QKD 014, and the leases that give each simulated link one runner.
-- Key material is only ever stored wrapped (AES-256-GCM under a KEK the database never sees).

CREATE TABLE vault_sae (
    sae_id      VARCHAR(64)  PRIMARY KEY,
    node_id     VARCHAR(63)  NOT NULL REFERENCES network_node (id),
    tenant      VARCHAR(20)  NOT NULL CHECK (tenant IN ('UTILITY', 'HOSPITAL', 'PLANT', 'SHARED')),
    domain      VARCHAR(20)  NOT NULL CHECK (domain IN ('GRID', 'HEALTH', 'INDUSTRIAL', 'NETWORK')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vault_sae_node_idx ON vault_sae (node_id);

-- Distilled QKD key material of a link, in blocks of block_bits, waiting to be issued.
CREATE TABLE vault_pool_block (
    block_id     UUID         PRIMARY KEY,
    link_id      VARCHAR(63)  NOT NULL,
    block_bits   INTEGER      NOT NULL CHECK (block_bits > 0 AND block_bits % 8 = 0),
    qber         DOUBLE PRECISION NOT NULL,
    kek_id       VARCHAR(64)  NOT NULL,
    wrapped      BYTEA        NOT NULL,
    produced_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vault_pool_block_link_idx ON vault_pool_block (link_id, produced_at);

-- Keys issued by enc_keys to a master SAE and reserved for its slave SAE(s); each slave gets the
-- key once through dec_keys, after which the material is erased (wrapped = NULL).
CREATE TABLE vault_key (
    key_id        UUID         PRIMARY KEY,
    link_id       VARCHAR(63)  NOT NULL,
    key_class     VARCHAR(10)  NOT NULL CHECK (key_class IN ('QKD', 'HYBRID', 'PQC')),
    size_bits     INTEGER      NOT NULL CHECK (size_bits > 0 AND size_bits % 8 = 0),
    master_sae    VARCHAR(64)  NOT NULL REFERENCES vault_sae (sae_id),
    state         VARCHAR(12)  NOT NULL CHECK (state IN ('RESERVED', 'CONSUMED', 'REVOKED', 'QUARANTINED', 'EXPIRED')),
    kek_id        VARCHAR(64),
    wrapped       BYTEA,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT vault_key_material CHECK ((state = 'RESERVED') = (wrapped IS NOT NULL))
);
CREATE INDEX vault_key_master_idx ON vault_key (master_sae, issued_at);
CREATE INDEX vault_key_reserved_expiry_idx ON vault_key (expires_at) WHERE state = 'RESERVED';

CREATE TABLE vault_key_slave (
    key_id        UUID         NOT NULL REFERENCES vault_key (key_id),
    slave_sae     VARCHAR(64)  NOT NULL REFERENCES vault_sae (sae_id),
    delivered_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (key_id, slave_sae)
);
CREATE INDEX vault_key_slave_sae_idx ON vault_key_slave (slave_sae) WHERE delivered_at IS NULL;

-- One runner per simulated link in the whole cluster: an instance holds a link while its lease
-- is fresh and renews it; a dead instance's leases expire and a survivor takes them over. The
-- runner also publishes what the link measures, which key issuance checks against policy.
CREATE TABLE vault_link_state (
    link_id           VARCHAR(63)  PRIMARY KEY,
    holder            VARCHAR(100) NOT NULL,
    lease_expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    qber              DOUBLE PRECISION,
    secret_key_rate   DOUBLE PRECISION,
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('RUNNING', 'POOL_FULL', 'DENIED', 'NO_KEY')),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON vault_sae, vault_pool_block, vault_key, vault_key_slave, vault_link_state TO "${appRole}";

-- The demo SAEs, one per node of the demo topology (their client certificates are in .qgate/pki/).
INSERT INTO vault_sae (sae_id, node_id, tenant, domain, created_at)
SELECT v.sae, v.node, v.tenant, v.domain, now()
FROM (VALUES
    ('sae-core-1',   'kme-core-1',  'SHARED',   'NETWORK'),
    ('sae-grid-1',   'gw-grid-1',   'UTILITY',  'GRID'),
    ('sae-health-1', 'gw-health-1', 'HOSPITAL', 'HEALTH'),
    ('sae-plant-1',  'gw-plant-1',  'PLANT',    'INDUSTRIAL')
) AS v (sae, node, tenant, domain)
WHERE '${seedDemo}' = 'true';
