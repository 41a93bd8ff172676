-- Work that exactly one platform instance may do at a time (the edge gateways' simulated fleets,
-- one lease per gateway): the instance whose lease is unexpired does it and renews it every few
-- seconds; when it dies, the lease runs out and a survivor claims it. Also each instance's
-- membership of a kind of work ("link-runner:<holder>"), so work can be shared out fairly. Links
-- keep their own lease in vault_link_state (V4). Holder: "<pid>@<host>/<random>", one per running
-- instance. Memberships expired for a day are deleted.
CREATE TABLE cluster_lease (
    name         VARCHAR(100) PRIMARY KEY,
    holder       VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON cluster_lease TO "${appRole}";
