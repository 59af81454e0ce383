package nl.toegang.auth;

import java.util.Optional;

/** The endpoints from the provider's discovery document. */
public record ProviderMetadata(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        Optional<String> endSessionEndpoint) {
}
