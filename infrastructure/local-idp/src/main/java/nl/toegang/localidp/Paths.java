package nl.toegang.localidp;

/** The provider's endpoint paths, relative to the issuer. */
final class Paths {
    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String JWKS = "/jwks.json";
    static final String AUTHORIZE = "/authorize";
    static final String TOKEN = "/token";
    static final String END_SESSION = "/logout";
    static final String STYLESHEET = "/style.css";

    private Paths() {
    }
}
