-- Telemetry master keys (issue 7). An edge gateway draws its master key from the QKD link to the
-- core KME through ETSI GS QKD 014 (gateway SAE = master, the core SAE = slave); the core side keeps
-- it here, wrapped under the KEK like every other key, so that readers the policy entitles (the
-- domain consumers, an integrator's SAE) can derive the gateway's device keys and decrypt its
-- telemetry. Unlike an ETSI key it is read many times: every read is a policy decision.
CREATE TABLE telemetry_master_key (
    key_id       UUID         PRIMARY KEY,
    gateway_sae  VARCHAR(64)  NOT NULL REFERENCES vault_sae (sae_id),
    tenant       VARCHAR(20)  NOT NULL CHECK (tenant IN ('UTILITY', 'HOSPITAL', 'PLANT', 'SHARED')),
    domain       VARCHAR(20)  NOT NULL CHECK (domain IN ('GRID', 'HEALTH', 'INDUSTRIAL', 'NETWORK')),
    key_class    VARCHAR(10)  NOT NULL CHECK (key_class IN ('QKD', 'HYBRID', 'PQC')),
    salt         BYTEA        NOT NULL,
    kek_id       VARCHAR(64)  NOT NULL,
    wrapped      BYTEA        NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX telemetry_master_key_gateway_idx ON telemetry_master_key (gateway_sae, issued_at);

-- Roles of an SAE when it reads telemetry keys (the policy's decrypt_reader_roles); people get
-- theirs from the identity provider.
ALTER TABLE vault_sae ADD COLUMN roles VARCHAR(500) NOT NULL DEFAULT '';

-- Services that decrypt telemetry (the domain consumers' alarm checks, an integrator's SAE holding
-- the role) read under the role telemetry-reader: each domain policy gets a new revision naming it.
INSERT INTO policy_revision (id, tenant, domain, version, allowed_key_classes, max_link_qber,
                             max_key_age_seconds, max_messages_per_key, allowed_aead_algorithms,
                             required_cert_scheme, required_cert_level, decrypt_reader_roles,
                             audit_every_read, audit_retention_days, changed_by, changed_at, change_reason)
SELECT gen_random_uuid(), p.tenant, p.domain, p.version + 1, p.allowed_key_classes, p.max_link_qber,
       p.max_key_age_seconds, p.max_messages_per_key, p.allowed_aead_algorithms,
       p.required_cert_scheme, p.required_cert_level, p.decrypt_reader_roles || ',telemetry-reader',
       p.audit_every_read, p.audit_retention_days, 'system', now(),
       'telemetry-reader: services that decrypt telemetry (migration V9)'
FROM policy_revision p
WHERE p.domain IN ('GRID', 'HEALTH', 'INDUSTRIAL')
  AND p.version = (SELECT max(q.version) FROM policy_revision q
                   WHERE q.tenant = p.tenant AND q.domain = p.domain)
  AND p.decrypt_reader_roles NOT LIKE '%telemetry-reader%';

GRANT SELECT, INSERT, DELETE ON telemetry_master_key TO "${appRole}";
