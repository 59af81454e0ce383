package nl.toegang.admin;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.info.Info;

/** Names the OpenAPI document the build generates for this function (META-INF/swagger). */
@OpenAPIDefinition(info = @Info(title = "toegang-admin-api", version = "0.1",
        description = "What functional administrators do: check and deploy BPMN models, DMN tables and forms."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An id token from the municipality's OpenID Connect provider (locally: the persona grant)")
public final class AdminApiDefinition {
    private AdminApiDefinition() {}
}
