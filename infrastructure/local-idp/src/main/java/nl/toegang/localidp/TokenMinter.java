package nl.toegang.localidp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Holds this run's signing key and turns personas into signed RS256 tokens. */
final class TokenMinter {

    private final RSAKey key;
    private final RSASSASigner signer;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    TokenMinter(String issuer, String audience, Duration lifetime, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            // A fresh key per run: nothing signed by an earlier run can ever be accepted.
            this.key = new RSAKeyGenerator(2048)
                    .keyID("local-" + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create a signing key", e);
        }
    }

    JWTClaimsSet.Builder claimsFor(Persona persona) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(persona.id())
                .claim("name", persona.name())
                .claim("roles", persona.roles())
                .claim("groups", persona.groups())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        persona.bsn().ifPresent(bsn -> claims.claim("bsn", bsn));
        if (!persona.actsFor().isEmpty()) {
            // As DigiD Machtigen would vouch for it: whom this person may act for, and on what basis.
            claims.claim("acts_for", persona.actsFor().stream().map(a -> java.util.Map.of(
                    "bsn", a.bsn(), "name", a.name(), "basis", a.basis(), "reference", a.reference())).toList());
        }
        persona.organisation().ifPresent(o -> claims.claim("organisation", o));
        persona.agb().ifPresent(a -> claims.claim("agb", a));
        persona.organisationKind().ifPresent(k -> claims.claim("organisation_kind", k));
        return claims;
    }

    String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    String keyId() {
        return key.getKeyID();
    }

    String publicJwksJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }
}
