-- QKD network registry: the nodes (KMEs, gateways, relays) and the links between them.

CREATE TABLE network_node (
    id          VARCHAR(63)  PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL CHECK (role IN ('CORE_KME', 'EDGE_GATEWAY', 'TRUSTED_RELAY')),
    tenant      VARCHAR(20)  NOT NULL CHECK (tenant IN ('UTILITY', 'HOSPITAL', 'PLANT', 'SHARED')),
    site        VARCHAR(200) NOT NULL,
    latitude    DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude   DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Names are how operators tell nodes apart: unique regardless of case.
CREATE UNIQUE INDEX network_node_name_uk ON network_node (lower(name));

CREATE TABLE network_link (
    id                      VARCHAR(63) PRIMARY KEY,
    version                 BIGINT      NOT NULL,
    endpoint_a              VARCHAR(63) NOT NULL REFERENCES network_node (id),
    endpoint_b              VARCHAR(63) NOT NULL REFERENCES network_node (id),
    protocol                VARCHAR(20) NOT NULL
        CHECK (protocol IN ('BB84', 'BB84_DECOY', 'SARG04', 'E91', 'CV_GG02')),
    channel_kind            VARCHAR(20) NOT NULL CHECK (channel_kind IN ('FIBRE', 'FREE_SPACE')),
    length_km               DOUBLE PRECISION CHECK (length_km > 0),
    loss_db_per_km          DOUBLE PRECISION CHECK (loss_db_per_km > 0),
    loss_db                 DOUBLE PRECISION CHECK (loss_db >= 0),
    detector_efficiency     DOUBLE PRECISION NOT NULL CHECK (detector_efficiency > 0 AND detector_efficiency <= 1),
    dark_count_probability  DOUBLE PRECISION NOT NULL CHECK (dark_count_probability >= 0 AND dark_count_probability < 1),
    misalignment            DOUBLE PRECISION NOT NULL CHECK (misalignment BETWEEN 0 AND 0.5),
    repetition_rate_hz      DOUBLE PRECISION NOT NULL CHECK (repetition_rate_hz > 0),
    qber_alarm_threshold    DOUBLE PRECISION NOT NULL CHECK (qber_alarm_threshold > 0 AND qber_alarm_threshold <= 0.5),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT network_link_distinct_ends CHECK (endpoint_a <> endpoint_b),
    CONSTRAINT network_link_channel_fields CHECK (
        (channel_kind = 'FIBRE' AND length_km IS NOT NULL AND loss_db_per_km IS NOT NULL AND loss_db IS NULL)
        OR (channel_kind = 'FREE_SPACE' AND loss_db IS NOT NULL AND length_km IS NULL AND loss_db_per_km IS NULL))
);

-- At most one link joins two nodes, whichever end is named first.
CREATE UNIQUE INDEX network_link_pair_uk
    ON network_link (LEAST(endpoint_a, endpoint_b), GREATEST(endpoint_a, endpoint_b));
CREATE INDEX network_link_endpoint_b_idx ON network_link (endpoint_b);
