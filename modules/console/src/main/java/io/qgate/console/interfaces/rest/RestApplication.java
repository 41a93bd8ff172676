package io.qgate.console.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every bounded context's resources are served under one versioned root. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "qgate platform API",
            version = "v1",
            description =
                "QKD network registry and, as they arrive, key vault, policy, audit and telemetry."
                    + " Errors are RFC 9457 problem documents (application/problem+json)."))
// People sign in at the identity provider and send its bearer tokens (MicroProfile JWT, validated
// against the realm's keys and issuer); machines present client certificates instead (mTLS).
@LoginConfig(authMethod = "MP-JWT", realmName = "qgate")
public class RestApplication extends Application {}
