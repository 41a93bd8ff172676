-- The key vault keeps SAEs and the link between two KMEs in memory (KmeDirectory); any change to
-- them bumps this counter, which every instance polls (as for policies and devices, V3).
INSERT INTO cache_epoch (name, epoch) VALUES ('kme', 0);

CREATE TRIGGER vault_sae_epoch AFTER INSERT OR UPDATE OR DELETE ON vault_sae
    FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_epoch('kme');
CREATE TRIGGER network_node_epoch AFTER INSERT OR UPDATE OR DELETE ON network_node
    FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_epoch('kme');
CREATE TRIGGER network_link_epoch AFTER INSERT OR UPDATE OR DELETE ON network_link
    FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_epoch('kme');
