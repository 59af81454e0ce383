package nl.toegang.localidp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One-time authorization codes that expire after two minutes. */
final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    /** What the token endpoint needs to know about the sign-in a code stands for. */
    record Grant(String personaId, String clientId, String redirectUri, Optional<String> nonce, Instant expiresAt) {
    }

    private final ConcurrentMap<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String personaId, String clientId, String redirectUri, Optional<String> nonce) {
        dropExpired();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(code, new Grant(personaId, clientId, redirectUri, nonce, clock.instant().plus(LIFETIME)));
        return code;
    }

    /** Removes the code, so a second attempt with the same code always fails. */
    Optional<Grant> redeem(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Grant grant = grants.remove(code);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    private void dropExpired() {
        Instant now = clock.instant();
        grants.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
    }
}
