package nl.toegang.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the auth exceptions into 401/403/503 answers that suit an API call or a page. */
final class AuthExceptionHandlers {

    private AuthExceptionHandlers() {
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class NotAuthenticated implements ExceptionHandler<NotAuthenticatedException, HttpResponse<?>> {
        private final AuthResponses responses;

        NotAuthenticated(AuthResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, NotAuthenticatedException exception) {
            return responses.notAuthenticated(request);
        }
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<?>> {
        private static final Logger LOG = LoggerFactory.getLogger(Forbidden.class);
        private final AuthResponses responses;

        Forbidden(AuthResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ForbiddenException exception) {
            LOG.info("Refused {} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
            return responses.forbidden(request);
        }
    }

    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class ProviderUnavailable implements ExceptionHandler<IdentityProviderUnavailableException, HttpResponse<?>> {
        private static final Logger LOG = LoggerFactory.getLogger(ProviderUnavailable.class);
        private final AuthResponses responses;

        ProviderUnavailable(AuthResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IdentityProviderUnavailableException exception) {
            LOG.warn("Identity provider unavailable: {}", exception.getMessage(), exception);
            return responses.providerUnavailable(request);
        }
    }
}
