package nl.toegang.localidp;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Everything the endpoint handlers of one running provider share. */
record ProviderContext(
        String issuer,
        LocalIdpSettings settings,
        PersonaCatalog personas,
        TokenMinter tokens,
        AuthorizationCodes codes,
        RedirectUriPolicy redirectUris,
        RedirectUriPolicy postLogoutRedirectUris,
        ObjectMapper json) {

    String endpoint(String path) {
        return issuer + path;
    }
}
