package nl.toegang.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Singleton;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a token the same way in every mode: RS256 signature against the provider's JWKS,
 * issuer, audience, expiry (with a small clock skew), the claims a principal needs, and times
 * that make sense: not issued in the future, not valid for longer than the configured maximum.
 */
@Singleton
public class TokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of("sub", "iat", "exp");
    private static final int JWKS_TIMEOUT_MILLIS = 3000;
    private static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;

    private final AuthSettings settings;
    private final OidcProviderClient provider;
    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    public TokenVerifier(AuthSettings settings, OidcProviderClient provider) {
        this.settings = settings;
        this.provider = provider;
    }

    /**
     * @throws InvalidTokenException                when the token must not be trusted
     * @throws IdentityProviderUnavailableException when the provider's keys cannot be fetched
     */
    public Principal verify(String jwt) {
        return toPrincipal(verifiedClaims(jwt));
    }

    JWTClaimsSet verifiedClaims(String jwt) {
        JWTClaimsSet claims = signedClaims(jwt);
        requireSensibleSubjectAndTimes(claims);
        return claims;
    }

    // The library checks exp and nbf; a token minted with a far-future iat or a year-long exp
    // (a stolen signing key, a misconfigured provider) would otherwise pass.
    private void requireSensibleSubjectAndTimes(JWTClaimsSet claims) {
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new InvalidTokenException("no subject");
        }
        Instant issuedAt = claims.getIssueTime().toInstant();
        if (issuedAt.isAfter(Instant.now().plus(settings.getClockSkew()))) {
            throw new InvalidTokenException("issued in the future");
        }
        Duration lifetime = Duration.between(issuedAt, claims.getExpirationTime().toInstant());
        if (lifetime.compareTo(settings.getMaxTokenLifetime()) > 0) {
            throw new InvalidTokenException("valid for too long");
        }
    }

    private JWTClaimsSet signedClaims(String jwt) {
        if (jwt == null || jwt.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        try {
            return processor().process(jwt, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a JWT", e);
        } catch (BadJWSException e) {
            throw new InvalidTokenException("bad signature", e);
        } catch (BadJWTException e) {
            throw new InvalidTokenException(claimsReason(e), e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("unknown signing key or algorithm", e);
        } catch (RateLimitReachedException e) {
            // The kid was unknown and the JWKS was fetched moments ago: the key is simply not there.
            throw new InvalidTokenException("unknown signing key", e);
        } catch (KeySourceException e) {
            throw new IdentityProviderUnavailableException("cannot fetch the provider's keys", e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("cannot verify", e);
        }
    }

    private static String claimsReason(BadJWTException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("expired")) {
            return "expired";
        }
        if (message.contains("audience")) {
            return "wrong audience";
        }
        if (message.contains("iss")) {
            return "wrong issuer";
        }
        if (message.contains("missing")) {
            return "missing claims";
        }
        return "invalid claims";
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() {
        ConfigurableJWTProcessor<SecurityContext> known = processor;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (processor == null) {
                processor = createProcessor(provider.metadata());
            }
            return processor;
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> createProcessor(ProviderMetadata metadata) {
        JWKSource<SecurityContext> keys;
        try {
            // Cached, and fetched again when a token names a kid the cache does not know (key rotation).
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(metadata.jwksUri()).toURL(),
                            new DefaultResourceRetriever(JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT_BYTES))
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IdentityProviderUnavailableException("the provider's jwks_uri is not a URL", e);
        }
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                settings.getAudience(),
                new JWTClaimsSet.Builder().issuer(settings.getIssuer()).build(),
                REQUIRED_CLAIMS);
        claims.setMaxClockSkew((int) settings.getClockSkew().toSeconds());
        jwtProcessor.setJWTClaimsSetVerifier(claims);
        return jwtProcessor;
    }

    static Principal toPrincipal(JWTClaimsSet claims) {
        try {
            String subject = claims.getSubject();
            // DigiD gives no name; fall back to the subject rather than refusing the person.
            String name = Optional.ofNullable(claims.getStringClaim("name")).filter(n -> !n.isBlank()).orElse(subject);
            return new Principal(
                    subject,
                    name,
                    Set.copyOf(stringList(claims, "roles")),
                    Set.copyOf(stringList(claims, "groups")),
                    Optional.ofNullable(claims.getStringClaim("bsn")).filter(b -> !b.isBlank()),
                    actsFor(claims),
                    text(claims, "organisation"),
                    text(claims, "agb"),
                    text(claims, "organisation_kind"));
        } catch (ParseException | ClassCastException e) {
            throw new InvalidTokenException("malformed claims", e);
        }
    }

    private static Optional<String> text(JWTClaimsSet claims, String name) throws ParseException {
        return Optional.ofNullable(claims.getStringClaim(name)).filter(v -> !v.isBlank());
    }

    /** {@code acts_for}: a list of objects {bsn, name, basis, reference}; an entry without bsn or basis is no representation. */
    private static List<ActsFor> actsFor(JWTClaimsSet claims) {
        Object raw = claims.getClaim("acts_for");
        if (!(raw instanceof List<?> entries)) {
            return List.of();
        }
        return entries.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .filter(e -> e.get("bsn") instanceof String && e.get("basis") instanceof String)
                .map(e -> new ActsFor((String) e.get("bsn"), stringOrNull(e.get("name")), (String) e.get("basis"),
                        stringOrNull(e.get("reference"))))
                .toList();
    }

    private static String stringOrNull(Object value) {
        return value instanceof String s ? s : null;
    }

    private static List<String> stringList(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : values;
    }
}
