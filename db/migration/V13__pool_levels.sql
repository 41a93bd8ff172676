-- The stored bits of every link's pool, kept as blocks come and go instead of summed over all its
-- blocks at each read (a full pool of 16 Mbit is 65,536 blocks of 256 bits; the runners read
-- every pool once a second and the console on every view).
--
-- No shared row is updated when blocks come or go: that row's lock would make concurrent
-- enc_keys on a link wait for each other's commits. Each statement that inserts or deletes blocks
-- appends one change per link to vault_pool_change instead (a statement-level trigger over its
-- transition table); a level is vault_pool_level plus the changes not yet folded into it, read in
-- one statement, so always consistent. PoolLevelFolding folds the changes in about once a second.
CREATE TABLE vault_pool_level (
    link_id       VARCHAR(63) PRIMARY KEY,
    stored_bits   BIGINT      NOT NULL,
    last_deposit  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE vault_pool_change (
    change_id     BIGSERIAL   PRIMARY KEY,
    link_id       VARCHAR(63) NOT NULL,
    bits          BIGINT      NOT NULL,
    -- the latest produced_at of the blocks a deposit added; null when blocks were taken
    deposited_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX vault_pool_change_link_idx ON vault_pool_change (link_id);

CREATE FUNCTION vault_pool_blocks_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO vault_pool_change (link_id, bits, deposited_at)
        SELECT link_id, sum(block_bits), max(produced_at) FROM added GROUP BY link_id;
    RETURN NULL;
END $$;

CREATE FUNCTION vault_pool_blocks_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO vault_pool_change (link_id, bits)
        SELECT link_id, -sum(block_bits) FROM removed GROUP BY link_id;
    RETURN NULL;
END $$;

-- Rewrapping under a new KEK updates blocks without changing their bits: nothing is recorded then.
CREATE FUNCTION vault_pool_blocks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO vault_pool_change (link_id, bits)
        SELECT link_id, sum(bits) FROM (
            SELECT link_id, block_bits AS bits FROM after_update
            UNION ALL
            SELECT link_id, -block_bits FROM before_update) AS moved
        GROUP BY link_id HAVING sum(bits) <> 0;
    RETURN NULL;
END $$;

CREATE TRIGGER vault_pool_block_added AFTER INSERT ON vault_pool_block
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION vault_pool_blocks_added();
CREATE TRIGGER vault_pool_block_removed AFTER DELETE ON vault_pool_block
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION vault_pool_blocks_removed();
CREATE TRIGGER vault_pool_block_changed AFTER UPDATE ON vault_pool_block
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
    FOR EACH STATEMENT EXECUTE FUNCTION vault_pool_blocks_changed();

-- The triggers exist before the pools are counted, in this one transaction: CREATE TRIGGER locks
-- out writers of vault_pool_block until it commits, so no block is missed or counted twice.
INSERT INTO vault_pool_level (link_id, stored_bits, last_deposit)
    SELECT link_id, sum(block_bits), max(produced_at) FROM vault_pool_block GROUP BY link_id;

GRANT SELECT, INSERT, UPDATE, DELETE ON vault_pool_level, vault_pool_change TO "${appRole}";
GRANT USAGE ON SEQUENCE vault_pool_change_change_id_seq TO "${appRole}";
