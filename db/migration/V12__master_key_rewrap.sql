-- KEK rotation rewraps the core's telemetry master keys too (issue 9's operations guide): the
-- application role may rewrite their wrapping, nothing else of them.
GRANT UPDATE (kek_id, wrapped) ON telemetry_master_key TO "${appRole}";
