package nl.toegang.localidp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exact addresses a client registered to be sent back to. Nothing else gets a code: a prefix
 * such as {@code http://127.0.0.1:} would hand codes to any program listening on this machine.
 * Addresses can be added while the provider runs, because a client on a random port only knows
 * its address after this provider has started.
 */
final class RedirectUriPolicy {

    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    RedirectUriPolicy(Collection<String> initial) {
        initial.forEach(this::register);
    }

    void register(String redirectUri) {
        if (!isAbsoluteUriWithoutFragment(redirectUri)) {
            throw new IllegalArgumentException("Not an absolute address without user or fragment: " + redirectUri);
        }
        registered.add(redirectUri);
    }

    boolean allows(String redirectUri) {
        return redirectUri != null && registered.contains(redirectUri);
    }

    /** {@code scheme://host:port} of every registered address, for the pages' form-action. */
    Set<String> origins() {
        Set<String> origins = new TreeSet<>();
        for (String uri : registered) {
            URI parsed = URI.create(uri);
            origins.add(parsed.getScheme() + "://" + parsed.getRawAuthority());
        }
        return origins;
    }

    private static boolean isAbsoluteUriWithoutFragment(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
