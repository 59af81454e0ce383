package nl.toegang.resident;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.info.Info;

/** Names the OpenAPI document the build generates for this function (META-INF/swagger). */
@OpenAPIDefinition(info = @Info(title = "toegang-resident-api", version = "0.1",
        description = "What residents do: fill in an intake form, follow their requests, apply, withdraw."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An id token from the municipality's OpenID Connect provider (locally: the persona grant)")
public final class ResidentApiDefinition {
    private ResidentApiDefinition() {}
}
