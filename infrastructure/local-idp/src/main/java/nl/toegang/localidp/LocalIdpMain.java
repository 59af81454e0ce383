package nl.toegang.localidp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the provider on its own. Settings come from environment variables:
 * {@code TOEGANG_IDP_HOST} (127.0.0.1), {@code TOEGANG_IDP_PORT} (8081),
 * {@code TOEGANG_IDP_CLIENT_SECRET} (local-secret), and the client's exact addresses, comma-separated:
 * {@code TOEGANG_IDP_REDIRECT_URIS} (the platform's callback on port 8080) and
 * {@code TOEGANG_IDP_POST_LOGOUT_REDIRECT_URIS} (the platform's home page on port 8080).
 */
public final class LocalIdpMain {

    private LocalIdpMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalIdpSettings settings = LocalIdpSettings.defaults(
                env("TOEGANG_IDP_HOST").orElse("127.0.0.1"),
                Integer.parseInt(env("TOEGANG_IDP_PORT").orElse("8081")));
        settings = settings.withClientSecret(env("TOEGANG_IDP_CLIENT_SECRET").orElse(settings.clientSecret()));
        settings = settings.withRedirectUris(
                list("TOEGANG_IDP_REDIRECT_URIS", "http://127.0.0.1:8080/auth/callback,http://localhost:8080/auth/callback"),
                list("TOEGANG_IDP_POST_LOGOUT_REDIRECT_URIS", "http://127.0.0.1:8080/,http://localhost:8080/"));
        LocalIdentityProvider idp = LocalIdentityProvider.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            idp.close();
            stopped.countDown();
        }));
        System.out.println("Local identity provider running at " + idp.issuer());
        stopped.await();
    }

    private static List<String> list(String name, String fallback) {
        return Arrays.stream(env(name).orElse(fallback).split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
