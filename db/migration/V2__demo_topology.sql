-- The demo topology `./qgate up` starts with: one core KME, three edge gateways (grid, health,
-- industrial) and one trusted relay that carries the plant, 130 km away, past one fibre span.
-- Seeded once, on first start, unless QGATE_SEED_DEMO=false (production installs).
-- Fibre at 0.2 dB/km (G.652 at 1550 nm); InGaAs detectors: 10% efficiency, 1e-6 dark counts per
-- gate; 1.5% misalignment; 1 GHz sources.

INSERT INTO network_node (id, version, name, role, tenant, site, latitude, longitude, created_at, updated_at)
SELECT v.id, 0, v.name, v.role, v.tenant, v.site, v.latitude, v.longitude, now(), now()
FROM (VALUES
    ('kme-core-1',    'Core KME Metro',          'CORE_KME',      'SHARED',   'Metro data centre',       48.1374, 11.5755),
    ('gw-grid-1',     'Grid substation gateway', 'EDGE_GATEWAY',  'UTILITY',  'Substation North 110 kV', 48.3500, 11.6100),
    ('gw-health-1',   'Hospital gateway',        'EDGE_GATEWAY',  'HOSPITAL', 'City General Hospital',   48.1100, 11.4700),
    ('relay-east-1',  'Trusted relay East',      'TRUSTED_RELAY', 'SHARED',   'Relay hut, ring east',    48.2000, 12.2500),
    ('gw-plant-1',    'Plant gateway',           'EDGE_GATEWAY',  'PLANT',    'Chemical plant, Burghausen', 48.1600, 12.8300)
) AS v (id, name, role, tenant, site, latitude, longitude)
WHERE '${seedDemo}' = 'true';

INSERT INTO network_link (id, version, endpoint_a, endpoint_b, protocol, channel_kind, length_km, loss_db_per_km, loss_db,
                          detector_efficiency, dark_count_probability, misalignment, repetition_rate_hz,
                          qber_alarm_threshold, created_at, updated_at)
SELECT v.id, 0, v.a, v.b, 'BB84_DECOY', 'FIBRE', v.length_km, 0.2, NULL, 0.10, 1e-6, 0.015, 1e9, 0.08, now(), now()
FROM (VALUES
    ('core-grid',     'kme-core-1',   'gw-grid-1',    25.0),
    ('core-health',   'kme-core-1',   'gw-health-1',  12.0),
    ('core-relay',    'kme-core-1',   'relay-east-1', 70.0),
    ('relay-plant',   'relay-east-1', 'gw-plant-1',   60.0)
) AS v (id, a, b, length_km)
WHERE '${seedDemo}' = 'true';
