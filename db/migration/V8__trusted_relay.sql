-- Trusted-relay key delivery: a key between SAEs whose KMEs share no usable link is the first hop's
-- QKD key, carried over every further hop under a one-time pad of that hop's QKD key. One row per
-- hop a relayed key crossed (keys from a direct link have none), with the bits it consumed from
-- that hop's pool. Quarantining a link also quarantines reserved keys relayed over it.
CREATE TABLE vault_key_hop (
    key_id     UUID         NOT NULL REFERENCES vault_key (key_id),
    hop        SMALLINT     NOT NULL CHECK (hop >= 1),
    link_id    VARCHAR(63)  NOT NULL,
    from_node  VARCHAR(63)  NOT NULL,
    to_node    VARCHAR(63)  NOT NULL,
    bits       INTEGER      NOT NULL CHECK (bits > 0),
    PRIMARY KEY (key_id, hop)
);
CREATE INDEX vault_key_hop_link_idx ON vault_key_hop (link_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON vault_key_hop TO "${appRole}";
