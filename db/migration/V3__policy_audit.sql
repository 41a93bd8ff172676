-- Certification and audit policies, the device certification registry and the audit trail.
-- ${appRole} is the role the platform connects as (qgate.db.user); migrations run as the owner
-- (qgate.db.migration-user). The application role may append to the audit trail, never change it.

-- Policies: every change is a new revision; the highest version of (tenant, domain) is in force.
CREATE TABLE policy_revision (
    id                       UUID         PRIMARY KEY,
    tenant                   VARCHAR(20)  NOT NULL CHECK (tenant IN ('UTILITY', 'HOSPITAL', 'PLANT', 'SHARED')),
    domain                   VARCHAR(20)  NOT NULL CHECK (domain IN ('GRID', 'HEALTH', 'INDUSTRIAL', 'NETWORK')),
    version                  INTEGER      NOT NULL CHECK (version > 0),
    allowed_key_classes      VARCHAR(100) NOT NULL,
    max_link_qber            DOUBLE PRECISION NOT NULL CHECK (max_link_qber > 0 AND max_link_qber <= 0.5),
    max_key_age_seconds      INTEGER      NOT NULL CHECK (max_key_age_seconds > 0),
    max_messages_per_key     BIGINT       NOT NULL CHECK (max_messages_per_key > 0),
    allowed_aead_algorithms  VARCHAR(100) NOT NULL,
    required_cert_scheme     VARCHAR(30)  CHECK (required_cert_scheme IN ('IEC_62443_4_2', 'FIPS_140_3', 'ETSI_GS_QKD_016')),
    required_cert_level      INTEGER      CHECK (required_cert_level BETWEEN 1 AND 7),
    decrypt_reader_roles     VARCHAR(500) NOT NULL,
    audit_every_read         BOOLEAN      NOT NULL,
    audit_retention_days     INTEGER      NOT NULL CHECK (audit_retention_days > 0),
    changed_by               VARCHAR(200) NOT NULL,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    change_reason            VARCHAR(500) NOT NULL,
    CONSTRAINT policy_revision_version_uk UNIQUE (tenant, domain, version),
    CONSTRAINT policy_revision_cert_pair CHECK ((required_cert_scheme IS NULL) = (required_cert_level IS NULL))
);

-- Devices and their certifications (IEC 62443-4-2 security level, FIPS 140-3 level, ETSI GS QKD 016).
CREATE TABLE device (
    id          VARCHAR(63)  PRIMARY KEY,
    version     BIGINT       NOT NULL,
    tenant      VARCHAR(20)  NOT NULL CHECK (tenant IN ('UTILITY', 'HOSPITAL', 'PLANT', 'SHARED')),
    domain      VARCHAR(20)  NOT NULL CHECK (domain IN ('GRID', 'HEALTH', 'INDUSTRIAL', 'NETWORK')),
    kind        VARCHAR(20)  NOT NULL
        CHECK (kind IN ('PMU', 'SMART_METER', 'BEDSIDE_MONITOR', 'INFUSION_PUMP', 'PLC', 'SENSOR', 'EDGE_GATEWAY', 'QKD_MODULE')),
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX device_tenant_idx ON device (tenant, domain);

CREATE TABLE device_certification (
    id                  UUID         PRIMARY KEY,
    device_id           VARCHAR(63)  NOT NULL REFERENCES device (id),
    scheme              VARCHAR(30)  NOT NULL CHECK (scheme IN ('IEC_62443_4_2', 'FIPS_140_3', 'ETSI_GS_QKD_016')),
    level               INTEGER      NOT NULL CHECK (level BETWEEN 1 AND 7),
    issuer              VARCHAR(200) NOT NULL,
    certificate_number  VARCHAR(100) NOT NULL,
    valid_from          TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to            TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_reason       VARCHAR(500),
    status_changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT device_certification_validity CHECK (valid_to > valid_from)
);
CREATE INDEX device_certification_device_idx ON device_certification (device_id);
CREATE INDEX device_certification_expiry_idx ON device_certification (valid_to);

-- Every instance polls these counters to drop cached policies and device standings, so a change on
-- one instance (or in SQL) reaches every decision within a second.
CREATE TABLE cache_epoch (
    name   VARCHAR(30) PRIMARY KEY,
    epoch  BIGINT      NOT NULL
);
INSERT INTO cache_epoch (name, epoch) VALUES ('policy', 0), ('device', 0);

CREATE FUNCTION bump_cache_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cache_epoch SET epoch = epoch + 1 WHERE name = TG_ARGV[0];
    RETURN NULL;
END $$;

CREATE TRIGGER policy_revision_epoch AFTER INSERT OR UPDATE OR DELETE ON policy_revision
    FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_epoch('policy');
CREATE TRIGGER device_epoch AFTER INSERT OR UPDATE OR DELETE ON device
    FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_epoch('device');
CREATE TRIGGER device_certification_epoch AFTER INSERT OR UPDATE OR DELETE ON device_certification
    FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_epoch('device');

-- The audit trail: a hash chain. hash = SHA-256 of the row's canonical content, which includes seq
-- and prev_hash (docs/compliance.md gives the exact form). Appenders serialise on an advisory lock.
CREATE TABLE audit_event (
    seq          BIGINT       PRIMARY KEY CHECK (seq > 0),
    event_id     UUID         NOT NULL UNIQUE,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant       VARCHAR(20)  NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    details      TEXT         NOT NULL,
    prev_hash    BYTEA        NOT NULL CHECK (length(prev_hash) = 32),
    hash         BYTEA        NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_event_tenant_time_idx ON audit_event (tenant, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

-- Ed25519 public keys that signed checkpoints (X.509 SubjectPublicKeyInfo, DER); key_id is the
-- SHA-256 of that encoding in hex. The private keys never reach the database.
CREATE TABLE audit_signing_key (
    key_id         VARCHAR(64) PRIMARY KEY,
    public_key     BYTEA       NOT NULL,
    first_used_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_checkpoint (
    seq        BIGINT      PRIMARY KEY REFERENCES audit_event (seq),
    hash       BYTEA       NOT NULL CHECK (length(hash) = 32),
    signed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id     VARCHAR(64) NOT NULL REFERENCES audit_signing_key (key_id),
    signature  BYTEA       NOT NULL
);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_signing_key_append_only BEFORE UPDATE OR DELETE ON audit_signing_key
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_signing_key_no_truncate BEFORE TRUNCATE ON audit_signing_key
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- Privileges of the application role. Policy revisions are history: insert and read only.
GRANT SELECT, INSERT, UPDATE, DELETE ON network_node, network_link, device, device_certification TO "${appRole}";
GRANT SELECT, INSERT ON policy_revision TO "${appRole}";
GRANT SELECT, UPDATE ON cache_epoch TO "${appRole}";
GRANT SELECT, INSERT ON audit_event, audit_checkpoint, audit_signing_key TO "${appRole}";
-- Also when the application role is the owner: it keeps ALTER (migrations) but loses these.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_checkpoint, audit_signing_key FROM "${appRole}";
REVOKE UPDATE, DELETE, TRUNCATE ON policy_revision FROM "${appRole}";

-- Default policies per domain (docs/compliance.md explains each value).
INSERT INTO policy_revision (id, tenant, domain, version, allowed_key_classes, max_link_qber,
                             max_key_age_seconds, max_messages_per_key, allowed_aead_algorithms,
                             required_cert_scheme, required_cert_level, decrypt_reader_roles,
                             audit_every_read, audit_retention_days, changed_by, changed_at, change_reason)
VALUES
    -- Grid: control data rekeyed at least every 60 s; NERC CIP-007 R4 keeps logs 90 days.
    (gen_random_uuid(), 'UTILITY', 'GRID', 1, 'QKD,HYBRID', 0.06, 60, 100000, 'AES_256_GCM,ASCON_AEAD128',
     'IEC_62443_4_2', 2, 'grid-operator,security-officer', FALSE, 90, 'system', now(), 'default policy'),
    -- Health: quantum-derived keys only (QKD or HYBRID), every read of PHI audited, 6 years.
    (gen_random_uuid(), 'HOSPITAL', 'HEALTH', 1, 'QKD,HYBRID', 0.05, 300, 50000, 'AES_256_GCM',
     'FIPS_140_3', 2, 'hospital-operator', TRUE, 2190, 'system', now(), 'default policy'),
    -- Industrial: PQC allowed as fallback for legacy PLC cells; IEC 62443-4-2 SL2.
    (gen_random_uuid(), 'PLANT', 'INDUSTRIAL', 1, 'QKD,HYBRID,PQC', 0.07, 600, 500000, 'AES_256_GCM,ASCON_AEAD128',
     'IEC_62443_4_2', 2, 'plant-operator,security-officer', FALSE, 365, 'system', now(), 'default policy'),
    -- Network: the relays and KMEs themselves; QKD modules certified under ETSI GS QKD 016.
    (gen_random_uuid(), 'SHARED', 'NETWORK', 1, 'QKD', 0.11, 3600, 1000000, 'AES_256_GCM',
     'ETSI_GS_QKD_016', 1, 'security-officer', FALSE, 365, 'system', now(), 'default policy');
